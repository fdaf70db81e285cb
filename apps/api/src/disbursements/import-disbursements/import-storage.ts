import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type Redis from 'ioredis';
import type { RowOutcome } from './import-report';

/** Bytes per Redis value of a stored file: a 100 MB file is 100 list items, read back one at a time. */
const FILE_PART_BYTES = 1024 * 1024;
/** Row outcomes are pushed in batches of this many (one round trip each). */
const OUTCOMES_PER_PUSH = 1000;

export interface RowPage { total: number; offset: number; limit: number; items: RowOutcome[] }

/**
 * What every API instance must see of a disbursement import beside its BullMQ job (ADR 0022): the uploaded file
 * (kept in Redis as 1 MB parts, so that whichever instance runs the job, or resumes it after a crash, can read
 * it; bounded by DISBURSEMENT_IMPORT_MAX_MB and an expiry) and each row's outcome (a Redis list, paged by
 * GET …/rows from any instance). Keys live under the queue prefix and expire on their own.
 */
export class ImportStorage {
  constructor(private readonly redis: Redis, private readonly prefix: string) {}

  private fileKey = (fileId: string) => `${this.prefix}:disbursement-import-file:${fileId}`;
  private rowsKey = (importId: string) => `${this.prefix}:disbursement-import-rows:${importId}`;
  private claimKey = (previewId: string) => `${this.prefix}:disbursement-import-commit:${previewId}`;

  /** Copies a received file into Redis part by part (never whole in memory). */
  async saveFile(path: string, fileId: string, ttlMs: number): Promise<void> {
    const key = this.fileKey(fileId);
    await this.redis.del(key);
    for await (const part of createReadStream(path, { highWaterMark: FILE_PART_BYTES })) {
      await this.redis.rpush(key, part as Buffer);
    }
    await this.redis.pexpire(key, ttlMs);
  }

  /** Writes the stored file to a local path (the job's working copy); false when it has expired. */
  async loadFile(fileId: string, path: string): Promise<boolean> {
    const key = this.fileKey(fileId);
    const parts = await this.redis.llen(key);
    if (parts === 0) return false;
    const out = createWriteStream(path);
    try {
      for (let i = 0; i < parts; i++) {
        const part = await this.redis.lindexBuffer(key, i);
        if (part === null) return false;
        if (!out.write(part)) await once(out, 'drain');
      }
    } finally {
      out.end();
      await once(out, 'close');
    }
    return true;
  }

  async keepFile(fileId: string, ttlMs: number): Promise<void> {
    await this.redis.pexpire(this.fileKey(fileId), ttlMs);
  }

  async dropFile(fileId: string): Promise<void> {
    await this.redis.del(this.fileKey(fileId));
  }

  /** A preview is committed once: the first commit claims it (atomic across instances). */
  async claimCommit(previewId: string, commitId: string, ttlMs: number): Promise<string | null> {
    const set = await this.redis.set(this.claimKey(previewId), commitId, 'PX', ttlMs, 'NX');
    return set === 'OK' ? null : this.redis.get(this.claimKey(previewId));
  }

  async committedBy(previewId: string): Promise<string | null> {
    return this.redis.get(this.claimKey(previewId));
  }

  /** A writer of row outcomes in file order; `close` flushes what is buffered and sets the expiry. */
  outcomes(importId: string, ttlMs: number) {
    const key = this.rowsKey(importId);
    let buffer: string[] = [];
    const flush = async () => {
      if (buffer.length === 0) return;
      const items = buffer;
      buffer = [];
      await this.redis.rpush(key, ...items);
    };
    return {
      reset: () => this.redis.del(key),
      write: async (o: RowOutcome) => {
        buffer.push(JSON.stringify(o));
        if (buffer.length >= OUTCOMES_PER_PUSH) await flush();
      },
      close: async () => { await flush(); await this.redis.pexpire(key, ttlMs); },
    };
  }

  /** A page of row outcomes, optionally of one outcome only (scanned in file order, a page of Redis items at a time). */
  async readOutcomes(importId: string, outcome: string | undefined, offset: number, limit: number): Promise<RowPage> {
    const key = this.rowsKey(importId);
    const length = await this.redis.llen(key);
    if (!outcome) {
      const items = limit === 0 ? [] : await this.redis.lrange(key, offset, offset + limit - 1);
      return { total: length, offset, limit, items: items.map((i) => JSON.parse(i) as RowOutcome) };
    }
    const items: RowOutcome[] = [];
    let total = 0;
    for (let start = 0; start < length; start += 2000) {
      for (const line of await this.redis.lrange(key, start, start + 1999)) {
        // cheap prefilter on the serialised outcome before parsing
        if (!line.includes(`"outcome":"${outcome}"`)) continue;
        if (total >= offset && items.length < limit) items.push(JSON.parse(line) as RowOutcome);
        total++;
      }
    }
    return { total, offset, limit, items };
  }
}
