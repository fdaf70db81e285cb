import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { Authorize, CurrentPrincipal } from '../auth/authorize';
import { Principal } from '@app/kernel';
import { SessionPrincipals } from '../auth/session-principals';
import { LiveFeed, LiveMessage } from './live-feed';

const KEEP_ALIVE_MS = 20_000;

/** A scoped reader hears only about its units, and about department-wide events (no unit). */
export function visibleTo(principal: Principal, message: LiveMessage): LiveMessage | null {
  if (principal.units === 'all') return message;
  const scope = principal.units;
  const units = message.units.filter((u) => u === null || scope.includes(u));
  return units.length > 0 ? { ...message, units } : null;
}

/**
 * 实时更新: server-sent events for the web dashboard. EventSource cannot set headers, so the browser
 * authenticates with the session cookie; the session is checked again at every keep-alive.
 */
@ApiTags('live 实时')
@Controller('api/v1/live')
export class LiveController {
  constructor(private readonly feed: LiveFeed, private readonly sessions: SessionPrincipals) {}

  @Get()
  @Authorize('read')
  @ApiProduces('text/event-stream')
  @ApiOperation({ summary: 'Server-sent events: `event: advanced`, data `{ position, types, units }` each time the read models include new events in scope' })
  stream(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() reply: Response): void {
    // the feed writes to the socket itself, as events come: Fastify sends nothing more for this request
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...(reply.getHeaders() as OutgoingHttpHeaders), // the correlation id and security headers the hooks set
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    });
    res.write(`retry: 3000\nevent: hello\ndata: ${JSON.stringify({ position: this.feed.position })}\n\n`);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      clearInterval(keepAlive);
      unsubscribe();
      res.end();
    };
    const unsubscribe = this.feed.listen((message) => {
      const visible = visibleTo(principal, message);
      if (visible) res.write(`event: advanced\ndata: ${JSON.stringify(visible)}\n\n`);
    }, close);
    // a deactivated account, a changed password or an expired session ends the stream
    const keepAlive = setInterval(() => {
      this.sessions.principalOf(req).then((p) => (p ? res.write(': keep-alive\n\n') : close()), close);
    }, KEEP_ALIVE_MS);
    req.raw.on('close', close);
  }
}
