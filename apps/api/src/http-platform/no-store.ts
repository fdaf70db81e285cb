import type { NextFunction, Request, Response } from 'express';

/** What the API answers under /api/v1 and the queue board: budget data of a logged-in user. */
const PRIVATE = /^\/(api\/v1|admin)(\/|$)/;

/**
 * `Cache-Control: no-store` on every API answer, set before the route runs (a route may still say otherwise,
 * e.g. the live feed's `no-cache, no-transform`): no browser, proxy or shared computer keeps a copy of a
 * unit's payments or an account list after the session ends.
 */
export function noStore() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (PRIVATE.test(req.path)) res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
