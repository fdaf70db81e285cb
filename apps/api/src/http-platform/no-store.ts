import type { FastifyReply, FastifyRequest } from 'fastify';

/** What the API answers under /api/v1 and the queue board: budget data of a logged-in user. */
const PRIVATE = /^\/(api\/v1|admin)(\/|\?|$)/;

/**
 * `Cache-Control: no-store` on every API answer, set before the route runs (a route may still say otherwise,
 * e.g. the live feed's `no-cache, no-transform`): no browser, proxy or shared computer keeps a copy of a
 * unit's payments or an account list after the session ends.
 */
export function noStore() {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    // the matched route as well as the URL as sent: the router decodes percent-encoding (`/%61pi/v1/…`)
    if (PRIVATE.test(req.url) || PRIVATE.test(req.routeOptions.url ?? '')) reply.header('Cache-Control', 'no-store');
  };
}
