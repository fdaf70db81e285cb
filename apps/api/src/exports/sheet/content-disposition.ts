/**
 * `attachment` with the Chinese file name for current browsers (RFC 6266 / RFC 5987 `filename*=UTF-8''…`)
 * and an ASCII name for older clients, which ignore `filename*`.
 */
export function attachment(fileName: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** Percent-encodes everything outside RFC 5987's attr-char set (encodeURIComponent leaves ' ( ) * ! alone). */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
