/**
 * A request body refused before any route sees it (by the body parser or the JSON depth limit): 400, 413 or 415,
 * rendered as a problem by the one error filter. Never a 500: the caller sent it, and may not even be logged in.
 */
export class RequestBodyRefused extends Error {
  constructor(readonly status: 400 | 413 | 415, readonly code: string, detail: string) { super(detail); }
}

/** Deepest nesting of objects and arrays a JSON body may have; the deepest DTO (an import's document) needs 6. */
export const MAX_JSON_DEPTH = 32;

/** The body parser's own failures (http-errors with a `type`), as what the caller did wrong. */
export function bodyParserRefusal(error: unknown): RequestBodyRefused | undefined {
  const e = error as { status?: unknown; type?: unknown; message?: unknown; charset?: unknown; encoding?: unknown } | null;
  if (!e || typeof e.status !== 'number' || e.status < 400 || e.status >= 500) return undefined;
  switch (e.type) {
    case 'entity.too.large':
      return new RequestBodyRefused(413, 'PAYLOAD_TOO_LARGE', 'the request body is larger than allowed');
    case 'charset.unsupported':
      return new RequestBodyRefused(415, 'UNSUPPORTED_CHARSET', `send JSON in UTF-8 (Content-Type: application/json; charset=utf-8); got charset ${String(e.charset ?? 'unknown')}`);
    case 'encoding.unsupported':
      return new RequestBodyRefused(415, 'UNSUPPORTED_CONTENT_ENCODING', `the Content-Encoding "${String(e.encoding ?? '')}" is not supported; send the body uncompressed, or as gzip, deflate or br`);
    case 'entity.parse.failed':
      return new RequestBodyRefused(400, 'MALFORMED_JSON', 'the request body is not valid JSON');
    default:
      // a compressed body that does not decompress (zlib's error carries no type), an aborted or mis-sized body
      return new RequestBodyRefused(400, 'MALFORMED_BODY', 'the request body could not be read (a corrupt compressed body, or shorter or longer than its Content-Length)');
  }
}

/** Depth of the nesting of a parsed JSON value, counted without recursion (a hostile body must not blow the stack). */
export function jsonDepthExceeds(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  if (value === null || typeof value !== 'object') return false;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = Array.isArray(node) ? node : Object.values(node as object);
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}
