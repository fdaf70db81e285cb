import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage } from 'node:http';
import { DomainError } from '@app/domain';

/** A received file, on disk under DATA_DIR, never held in memory whole. */
export interface UploadedFile {
  readonly path: string;
  readonly name: string | null;
  readonly format: 'csv' | 'xlsx';
  readonly bytes: number;
  readonly sha256: string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RAW_TYPES = ['text/csv', 'application/csv', 'text/plain', 'text/tab-separated-values', XLSX_TYPE, 'application/octet-stream'];

/** 413: the one filter renders any error with `status` 413 as PAYLOAD_TOO_LARGE. */
export class FileTooLarge extends Error {
  readonly code = 'PAYLOAD_TOO_LARGE';
  readonly status = 413;
  constructor(readonly limit: number) { super(`the file is larger than ${Math.round(limit / 1024 / 1024)} MB`); }
}

/**
 * Counts and hashes the bytes on their way to disk. Past the limit it drops them but keeps draining the
 * request, so that the client is answered 413 instead of seeing its connection cut mid-upload.
 */
class Meter extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  constructor(private readonly limit: number) { super(); }
  get overflow() { return this.bytes > this.limit; }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.bytes += chunk.length;
    if (this.overflow) return done();
    this.hash.update(chunk);
    done(null, chunk);
  }
}

/**
 * Streams the request body to a temp file: `multipart/form-data` (field `file`, via busboy) or the raw body
 * (`text/csv` or the XLSX media type). The format is decided by the content (an XLSX is a zip: "PK\3\4"),
 * so a mislabelled file is still read as what it is; an old binary .xls is refused with advice.
 */
export async function receiveUpload(req: IncomingMessage, dir: string, limit: number): Promise<UploadedFile> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit + 64 * 1024) throw new FileTooLarge(limit);
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const path = join(dir, `${randomUUID()}.upload`);
  try {
    const received = type === 'multipart/form-data' ? await multipart(req, path, limit) : await raw(req, type, path, limit);
    return { ...received, path, format: await sniff(path, received.bytes) };
  } catch (e) {
    await rm(path, { force: true });
    throw e;
  }
}

async function raw(req: IncomingMessage, type: string, path: string, limit: number) {
  if (!RAW_TYPES.includes(type)) {
    throw DomainError.invalid('UNSUPPORTED_MEDIA_TYPE', 'Content-Type',
      `send the file as multipart/form-data (field "file"), text/csv or ${XLSX_TYPE}; got ${type || 'none'}`);
  }
  const meter = new Meter(limit);
  await pipeline(req, meter, createWriteStream(path));
  if (meter.overflow) throw new FileTooLarge(limit);
  const name = req.headers['x-file-name'];
  return { name: typeof name === 'string' ? decodeName(name) : null, bytes: meter.bytes, sha256: meter.hash.digest('hex') };
}

function multipart(req: IncomingMessage, path: string, limit: number): Promise<{ name: string | null; bytes: number; sha256: string }> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: limit, fields: 20 }, defParamCharset: 'utf8' });
    } catch (e) {
      return reject(DomainError.invalid('MULTIPART_INVALID', 'file', `malformed multipart body: ${(e as Error).message}`));
    }
    let saving: Promise<{ name: string | null; bytes: number; sha256: string }> | undefined;
    bb.on('file', (field, stream, info) => {
      if (field !== 'file' || saving) { stream.resume(); return; }
      const meter = new Meter(limit);
      let truncated = false;
      stream.on('limit', () => { truncated = true; }); // busboy drops the rest of the file itself
      saving = pipeline(stream, meter, createWriteStream(path)).then(() => {
        if (truncated || meter.overflow) throw new FileTooLarge(limit);
        return { name: info.filename ?? null, bytes: meter.bytes, sha256: meter.hash.digest('hex') };
      });
      saving.catch(() => undefined); // awaited on close; a failure is reported there
    });
    bb.on('error', (e) => reject(DomainError.invalid('MULTIPART_INVALID', 'file', `malformed multipart body: ${(e as Error).message}`)));
    bb.on('close', () => {
      if (!saving) return reject(DomainError.invalid('FILE_REQUIRED', 'file', 'the multipart body has no field "file"'));
      saving.then(resolve, reject);
    });
    req.pipe(bb);
  });
}

async function sniff(path: string, bytes: number): Promise<'csv' | 'xlsx'> {
  if (bytes === 0) throw DomainError.invalid('FILE_EMPTY', 'file', 'the file is empty');
  const handle = await open(path, 'r');
  const head = Buffer.alloc(8);
  try { await handle.read(head, 0, 8, 0); } finally { await handle.close(); }
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw DomainError.invalid('XLS_NOT_SUPPORTED', 'file', '旧版 .xls 文件不受支持, 请另存为 .xlsx 或 CSV / old binary .xls is not supported; save as .xlsx or CSV');
  }
  return 'csv';
}

const decodeName = (name: string) => { try { return decodeURIComponent(name).slice(0, 200); } catch { return name.slice(0, 200); } };
