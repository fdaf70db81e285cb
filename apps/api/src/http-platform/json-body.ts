import bodyParser from 'body-parser';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { RequestBodyRefused, bodyParserRefusal, jsonDepthExceeds } from './request-body-refused';

/**
 * JSON bodies with a size limit and a nesting limit, read by body-parser (its charsets, its Content-Encodings
 * gzip, deflate and br, its size accounting) in place of Fastify's own parser. Whatever it refuses (an
 * unsupported charset or Content-Encoding, a corrupt gzip, malformed or too deeply nested JSON, too large) is a
 * 4xx problem, answered by the one error filter before authentication: the caller may not be logged in, and
 * nothing reaches a route.
 *
 * Every other media type is left unread for its route: an upload streams `multipart/form-data`, CSV or XLSX
 * itself (upload.ts), and a route that expects JSON then finds no body and says which fields it misses.
 */
export function jsonBodies(fastify: FastifyInstance, limit: string, wider: Array<{ prefix: string; limit: string }> = []): void {
  const parsers = [...wider.map((w) => ({ prefix: w.prefix, parse: bodyParser.json({ limit: w.limit }) })), { prefix: '/', parse: bodyParser.json({ limit }) }];
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', (request: FastifyRequest, _payload, done) => {
    const req = request.raw as IncomingMessage & { body?: unknown };
    const { parse } = parsers.find((p) => request.url.startsWith(p.prefix))!;
    parse(req, request.raw as never, (error?: unknown) => {
      if (error) return done(bodyParserRefusal(error) ?? (error as Error), undefined);
      if (jsonDepthExceeds(req.body)) {
        return done(new RequestBodyRefused(400, 'JSON_TOO_DEEP', 'the JSON body nests objects or arrays deeper than any request needs'), undefined);
      }
      done(null, req.body);
    });
  });
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}
