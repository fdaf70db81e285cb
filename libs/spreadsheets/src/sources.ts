import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, Transform, type TransformCallback, pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { SpreadsheetError } from './errors';
import { decodeXmlAsUtf8Stream } from './exceljs-utf8';
import { excelJs } from './exceljs-on-demand';

/**
 * Raw rows out of a CSV or XLSX source, one at a time: nothing here holds more than a stream buffer
 * (plus, for XLSX written with shared strings, exceljs's string table).
 */
export type CsvEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export interface RawRow { row: number; cells: unknown[] }
export interface ByteCount { bytesRead: number; totalBytes?: number }
export interface SourceInput { bytes?: Buffer; path?: string; stream?: Readable; totalBytes?: number }

/** Opens the input as a byte stream and says how long it is when that is knowable. */
export async function openSource(input: SourceInput): Promise<{ stream: Readable; totalBytes?: number }> {
  if (input.bytes) return { stream: Readable.from([input.bytes]), totalBytes: input.bytes.length };
  if (input.path) return { stream: createReadStream(input.path, { highWaterMark: 256 * 1024 }), totalBytes: (await stat(input.path)).size };
  if (input.stream) return input.totalBytes === undefined ? { stream: input.stream } : { stream: input.stream, totalBytes: input.totalBytes };
  throw new SpreadsheetError('NO_INPUT', '没有提供文件', 'no file given');
}

/** Counts the bytes flowing through, for progress. */
class ByteCounter extends Transform {
  constructor(private readonly count: ByteCount) { super(); }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.count.bytesRead += chunk.length;
    done(null, chunk);
  }
}

/** UTF-8 decoding that fails loudly instead of inventing U+FFFD characters. Strips a BOM. */
class StrictUtf8 extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private offset = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      this.offset += chunk.length;
      done(null, text);
    } catch {
      done(notUtf8(this.offset));
    }
  }
  override _flush(done: TransformCallback) {
    try { done(null, this.decoder.decode()); } catch { done(notUtf8(this.offset)); }
  }
}

const notUtf8 = (offset: number) => new SpreadsheetError('ENCODING_INVALID',
  `文件在第 ${offset} 字节附近不是有效的 UTF-8, 也不是可识别的编码; 请另存为 UTF-8 或 GBK 的 CSV`,
  `the file is not valid UTF-8 near byte ${offset} nor a recognised encoding; save it as UTF-8 or GBK CSV`, { offset });

export function isUtf8(bytes: Buffer, complete: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete }); // stream: a cut-off last char is fine
    return true;
  } catch {
    return false;
  }
}

/**
 * BOMs decide; otherwise UTF-8 if the bytes validate, else GB18030 (a superset of GBK: Excel's "CSV" on a
 * Chinese Windows). GBK text is practically never valid UTF-8, so validation is a reliable test. A path is
 * scanned whole (cheap, streaming), a buffer is given whole (`complete`), a stream is judged on its head.
 */
export async function detectEncoding(head: Buffer, path?: string, complete = false): Promise<CsvEncoding> {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (!path) return isUtf8(head, complete) ? 'utf-8' : 'gb18030';
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Reads up to `size` bytes from the front of a stream and gives back a stream that still starts there. */
export async function peek(stream: Readable, size: number): Promise<{ head: Buffer; stream: Readable }> {
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const next = await it.next();
    if (next.done) { done = true; break; }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* rest() {
    yield head;
    if (done) return;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  return { head, stream: Readable.from(rest(), { objectMode: false }) };
}

export async function* csvRows(source: Readable, encoding: CsvEncoding, count: ByteCount): AsyncGenerator<RawRow> {
  const decoder = encoding === 'utf-8' ? new StrictUtf8() : iconv.decodeStream(encoding);
  // No skip_empty_lines: a blank line is a blank spreadsheet row, so row numbers match what Excel shows.
  const parser = parse({ relax_column_count: true, delimiter: [',', '\t'], trim: false });
  let failure: unknown;
  pipeline(source, new ByteCounter(count), decoder, parser, (err) => { if (err) failure = err; });
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) yield { row: ++row, cells: record };
  } catch (e) {
    throw failure ?? csvError(e);
  }
  if (failure) throw failure;
}

function csvError(e: unknown): unknown {
  if (e instanceof SpreadsheetError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new SpreadsheetError('CSV_INVALID', `CSV 格式错误: ${message}`, `malformed CSV: ${message}`);
}

/** Rows of the first worksheet. Date-formatted cells come out as Date objects because styles are read. */
export async function* xlsxRows(source: Readable, count: ByteCount): AsyncGenerator<RawRow> {
  const counted = source.pipe(new ByteCounter(count));
  source.on('error', (e) => counted.destroy(e));
  const reader = new (excelJs().stream.xlsx.WorkbookReader)(counted, {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  decodeXmlAsUtf8Stream(reader);
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) yield { row: row.number, cells: (row.values as unknown[]).slice(1) };
      break; // the first worksheet holds the data; others (notes, lookups) are not read
    }
  } catch (e) {
    if (e instanceof SpreadsheetError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new SpreadsheetError('XLSX_INVALID', `不是有效的 XLSX 文件: ${message}`, `not a valid XLSX file: ${message}`);
  } finally {
    source.destroy();
    counted.destroy();
  }
}
