import { Inject, Injectable } from '@nestjs/common';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { OUTBOX_FILE } from '@app/platform';

export interface OutboxEntry {
  readonly file: string;
  readonly to: string;
  readonly subject: string;
  readonly date: string;
  readonly size: number;
  /** the subscriber the e-mail was for (X-Budget-Recipient) */
  readonly recipient: string;
}

/** The header block is all a listing needs; e-mails are small but never read whole for it. */
const HEADER_BYTES = 16 * 1024;

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=), as nodemailer writes non-ASCII subjects. */
export function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _charset: string, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (__, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'));
}

export function parseHeaders(head: string): Map<string, string> {
  const block = head.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), decodeWords(line.slice(i + 1).trim()));
  }
  return headers;
}

/** The outbox (OUTBOX_DIR): the e-mails written instead of sent when no SMTP_URL is set. */
@Injectable()
export class OutboxReader {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Newest first (names start with the time written). */
  async files(): Promise<string[]> {
    const names = await readdir(this.config.OUTBOX_DIR).catch(() => [] as string[]);
    return names.filter((n) => OUTBOX_FILE.test(n)).sort().reverse();
  }

  async entry(file: string): Promise<OutboxEntry> {
    const path = this.path(file);
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(HEADER_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
      const headers = parseHeaders(buffer.subarray(0, bytesRead).toString('utf8'));
      const size = (await stat(path)).size;
      const date = headers.get('date');
      return {
        file, to: headers.get('to') ?? '', subject: headers.get('subject') ?? '', size,
        date: date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : '', recipient: headers.get('x-budget-recipient') ?? '',
      };
    } finally {
      await handle.close();
    }
  }

  /**
   * Only names the outbox itself writes (`<timestamp>-<jobId>.eml`: no separators, no dots but the
   * extension), so `../` or an absolute path can never leave OUTBOX_DIR.
   */
  path(file: string): string {
    if (!OUTBOX_FILE.test(file)) throw DomainError.notFound('OUTBOX_FILE_NOT_FOUND', 'file', 'no such e-mail in the outbox');
    return join(this.config.OUTBOX_DIR, file);
  }
}
