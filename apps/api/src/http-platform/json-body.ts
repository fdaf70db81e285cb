import { json, type NextFunction, type Request, type Response } from 'express';
import { toProblem } from '../shared/problem-details.filter';
import { RequestBodyRefused, bodyParserRefusal, jsonDepthExceeds } from './request-body-refused';

/**
 * JSON bodies with a size limit and a nesting limit. Whatever the parser refuses (an unsupported charset or
 * Content-Encoding, a corrupt gzip, malformed or too deeply nested JSON, too large) is answered here as a
 * 4xx problem, before authentication: the caller may not be logged in, and nothing reaches a route.
 */
export function jsonBody(limit: string) {
  const parse = json({ limit });
  const refuse = (res: Response, error: unknown) => {
    const problem = toProblem(error);
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  };
  return (req: Request, res: Response, next: NextFunction) => parse(req, res, (error?: unknown) => {
    if (error) return refuse(res, bodyParserRefusal(error) ?? error);
    if (jsonDepthExceeds(req.body)) {
      return refuse(res, new RequestBodyRefused(400, 'JSON_TOO_DEEP', 'the JSON body nests objects or arrays deeper than any request needs'));
    }
    next();
  });
}
