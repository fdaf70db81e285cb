import { createServer } from 'node:net';
import { SMTPServer, SMTPServerSession } from 'smtp-server';
import { decodeWords, parseHeaders } from '../../apps/api/src/alerts/outbox/outbox-reader';

/** A free TCP port on the loopback interface (nothing listens on it once this resolves). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ReceivedMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly headers: Map<string, string>;
  /** the decoded text/plain and text/html parts, concatenated */
  readonly body: string;
  /** the message as received (MIME), for its attachments */
  readonly raw: string;
}

/** Decodes the parts of a MIME message (quoted-printable or base64 text) well enough to read what it says. */
export function readableBody(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  return parts.map((part) => {
    const [head, ...rest] = part.split(/\r?\n\r?\n/);
    if (/content-type:\s*(image|application)\//i.test(head)) return ''; // attachments are not text
    const body = rest.join('\n\n');
    const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(head)?.[1]?.toLowerCase();
    if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (encoding === 'quoted-printable') {
      return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
    }
    return body;
  }).join('\n');
}

export interface TestSmtp {
  readonly port: number;
  readonly url: string;
  readonly received: ReceivedMail[];
  /** how many RCPT TO commands were answered with a temporary refusal so far */
  readonly refusals: () => number;
  close(): Promise<void>;
}

/**
 * A real SMTP server in-process (the `smtp-server` package): the product talks the protocol to it.
 * `refuseFirst` RCPT TO commands are answered 451 (try again later), as a server in trouble does;
 * the `noSuchMailbox` addresses are refused for good (550).
 */
export async function startSmtp(options: { port?: number; refuseFirst?: number; noSuchMailbox?: readonly string[] } = {}): Promise<TestSmtp> {
  const port = options.port ?? await freePort();
  const received: ReceivedMail[] = [];
  let refused = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'], authOptional: true, logger: false,
    onRcptTo(address, _session: SMTPServerSession, callback) {
      if (options.noSuchMailbox?.includes(address.address)) {
        return callback(Object.assign(new Error('5.1.1 no such mailbox'), { responseCode: 550 }));
      }
      if (refused < (options.refuseFirst ?? 0)) {
        refused++;
        return callback(Object.assign(new Error('4.3.2 mailbox temporarily unavailable, try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = parseHeaders(raw);
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address), subject: decodeWords(headers.get('subject') ?? ''), headers, body: readableBody(raw), raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port, url: `smtp://127.0.0.1:${port}`, received, refusals: () => refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The inline images of a message: content id and decoded bytes of each `image/*` part. */
export function inlineImages(raw: string): { contentType: string; cid: string | undefined; bytes: Buffer }[] {
  return raw.split(/\r?\n--[^\r\n]+\r?\n/).flatMap((part) => {
    const [head, ...rest] = part.split(/\r?\n\r?\n/);
    const type = /content-type:\s*(image\/[\w.+-]+)/i.exec(head)?.[1];
    if (!type) return [];
    const cid = /content-id:\s*<([^>]+)>/i.exec(head)?.[1];
    return [{ contentType: type, cid, bytes: Buffer.from(rest.join('\n\n').replace(/--[^\r\n]*--\s*$/, '').replace(/\s+/g, ''), 'base64') }];
  });
}
