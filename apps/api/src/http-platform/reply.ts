import type { FastifyReply } from 'fastify';
import type { Problem } from '../shared/problem-details.filter';

/** Answers an RFC 9457 problem document (the one shape every refusal takes, before or inside a route). */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}
