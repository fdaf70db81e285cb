import compression from 'compression';

/**
 * Answers compressed (brotli or gzip, as the client accepts) when they are worth it: a JSON or CSV answer over
 * 1 kB (a read model's table, an export, the OpenAPI document). A command's answer is smaller and goes as is;
 * the live feed says `no-transform` and is never buffered; the web app's files come compressed from the build.
 */
export function compressedAnswers() {
  return compression({ threshold: 1024 });
}
