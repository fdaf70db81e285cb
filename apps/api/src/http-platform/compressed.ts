import fastifyCompress from '@fastify/compress';
import type { FastifyPluginAsync } from 'fastify';
import { constants } from 'node:zlib';

/**
 * Answers compressed (brotli at quality 4, or gzip, as the client accepts) when they are worth it: a JSON or CSV
 * answer over 1 kB (a read model's table, an export, the OpenAPI document). A command's answer is a few hundred
 * bytes and stays under the threshold. The live feed writes to its socket itself and is never buffered; the web
 * app's files come compressed from the build (their Content-Encoding is already set). Request bodies are
 * decompressed by the JSON parser (json-body.ts), not here.
 */
export function compressedAnswers(): [FastifyPluginAsync, object] {
  return [fastifyCompress as unknown as FastifyPluginAsync, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    globalDecompression: false,
  }];
}
