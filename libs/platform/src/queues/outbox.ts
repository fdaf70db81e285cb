import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** `.eml` names in the outbox: `<timestamp>-<jobId>.eml`, so that sorting by name is sorting by time. */
export const OUTBOX_FILE = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[A-Za-z0-9_-]{1,80}\.eml$/;

export const outboxFileName = (jobId: string, now = new Date()) => `${now.toISOString().replace(/[:.]/g, '-')}-${jobId}.eml`;

/** The file a job already wrote, if any: a redelivered job does not write its e-mail twice. */
export async function findOutboxFile(dir: string, jobId: string): Promise<string | undefined> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.find((n) => n.endsWith(`-${jobId}.eml`) && OUTBOX_FILE.test(n));
}

/** Written to a temporary name and renamed: a reader never sees half an e-mail. */
export async function writeOutboxFile(dir: string, jobId: string, message: Buffer): Promise<string> {
  await mkdir(dir, { recursive: true });
  const name = outboxFileName(jobId);
  const temp = join(dir, `.${name}.${process.pid}.tmp`);
  await writeFile(temp, message);
  await rename(temp, join(dir, name));
  return name;
}
