import { auditExport, coldStart } from './cold-line-app';

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
  /** instead of a command: the line's audit trail exported as CSV (cold-line-app.ts auditExport) */
  readonly audit?: boolean;
}

const job = JSON.parse(process.env.COLD_LINE_JOB ?? '{}') as Job;
(job.audit ? auditExport(job.dataDir, job.redisUrl, job.lineId) : coldStart(job.dataDir, job.redisUrl, job.lineId, job.settings, job.probeHealth, job.warmUpLine, job.smallColdLine)).then(
  (result) => { process.stdout.write(`${JSON.stringify(result)}\n`); process.exit(0); },
  (error: unknown) => { process.stderr.write(`cold line child failed: ${error instanceof Error ? error.stack : String(error)}\n`); process.exit(1); },
);
