import { coldStart } from './cold-line-app';

/**
 * One measured start of the cold-line bench in a process of its own (a real restart: nothing compiled, nothing in
 * memory, RSS from a fresh baseline). Reads its job from COLD_LINE_JOB (JSON), prints one JSON line with the result.
 */
interface Job {
  readonly dataDir: string;
  readonly redisUrl: string;
  readonly lineId: string;
  readonly settings: Record<string, string>;
  readonly probeHealth: boolean;
  readonly warmUpLine?: string;
  readonly smallColdLine?: string;
}

const job = JSON.parse(process.env.COLD_LINE_JOB ?? '{}') as Job;
coldStart(job.dataDir, job.redisUrl, job.lineId, job.settings, job.probeHealth, job.warmUpLine, job.smallColdLine).then(
  (result) => { process.stdout.write(`${JSON.stringify(result)}\n`); process.exit(0); },
  (error: unknown) => { process.stderr.write(`cold line child failed: ${error instanceof Error ? error.stack : String(error)}\n`); process.exit(1); },
);
