import { DynamicModule, INestApplication, Injectable, LoggerService, Module, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@app/config';
import { sendProblem, toProblem } from '../apps/api/src/shared/problem-details.filter';
import { SessionPrincipals } from '../apps/api/src/auth/session-principals';
import { Forbidden, Unauthenticated, can } from '@app/kernel';
import { AppModule } from './app.module';
import { openApiDocument } from './openapi';
import { requestLogging } from '../apps/api/src/logging/request-logging';
import { withObservability } from '../apps/api/src/metrics/observability.module';
import { createLogger } from '../apps/api/src/logging/logger';
import { webApp } from '../apps/api/src/live/web-assets';
import { jsonBodies } from '../apps/api/src/http-platform/json-body';
import { noStore } from '../apps/api/src/http-platform/no-store';
import { compressedAnswers } from '../apps/api/src/http-platform/compressed';

export { createLogger };

/**
 * The queue board is a Fastify plugin outside Nest's guards: admins only, checked here. By the route the router
 * matched, not by the URL as sent: the router decodes percent-encoding, so `/admin/%71ueues/api/queues` reaches the
 * board's API too.
 */
function adminOnly(sessions: SessionPrincipals) {
  const BOARD = /^\/admin\/queues(\/|$)/;
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!BOARD.test(req.routeOptions.url ?? '')) return;
    const principal = await sessions.principalOf(req);
    if (principal && can(principal, 'users:manage')) {
      reply.header('Cache-Control', 'no-store');
      return;
    }
    return sendProblem(reply, toProblem(principal ? new Forbidden('ROLE_NOT_PERMITTED', 'the queue board is for admins') : new Unauthenticated()));
  };
}

/**
 * Once app.close() has stopped the server listening, every answer says `Connection: close`, also one to a request
 * that was in flight when it stopped: a client that keeps a connection busy (a load balancer, payers in a loop)
 * is moved off it after its request instead of keeping the server's close, which waits for every connection,
 * from ever finishing (the shutdown then timed out, exit code 1).
 */
function closeConnectionsWhenStopping(app: NestFastifyApplication) {
  const server = app.getHttpServer();
  let listened = server.listening;
  server.once('listening', () => { listened = true; });
  return async (_req: FastifyRequest, reply: FastifyReply) => {
    if (listened && !server.listening) reply.header('Connection', 'close');
  };
}

/**
 * init() means "ready to answer": Nest adds its routes during init, and Fastify serves routes only once ready()
 * has run (listen() runs it; a test that hands app.getHttpServer() to supertest after init does not). Bootstrap
 * hooks run after Nest has added every route, so Fastify is made ready in one, around the whole application.
 */
@Injectable()
class FastifyReady implements OnApplicationBootstrap {
  constructor(private readonly host: HttpAdapterHost) {}
  async onApplicationBootstrap(): Promise<void> {
    await (this.host.httpAdapter.getInstance() as FastifyInstance).ready();
  }
}
@Module({})
class ReadyWhenInitialised {
  static around(app: DynamicModule): DynamicModule {
    return { module: ReadyWhenInitialised, imports: [app], providers: [FastifyReady] };
  }
}

/** Builds the application (not listening yet): used by main.ts and by the end-to-end tests. */
export async function createApp(config: AppConfig, logger: LoggerService | false = createLogger(config)): Promise<INestApplication> {
  const adapter = new FastifyAdapter({
    // behind a load balancer every client has its address: the login limits key on it (TRUSTED_PROXIES, docs/deploy.md)
    trustProxy: config.TRUSTED_PROXIES.length > 0 ? config.TRUSTED_PROXIES : false,
    // as Express did: `/api/v1/lines/` is `/api/v1/lines`, and an outbox file's or alert's id may be long
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // the shutdown closes idle keep-alive connections; busy ones are told `Connection: close` (below)
    forceCloseConnections: 'idle',
    // Node's own default, which Fastify turns off (0): a request still arriving after 5 minutes (a trickled body,
    // a client that never finishes) is cut, as it was under Express
    requestTimeout: 300_000,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ReadyWhenInitialised.around(withObservability(AppModule.register(config))), adapter, {
    bodyParser: false, logger: logger === false ? false : logger,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', closeConnectionsWhenStopping(app));
  // first: every request gets its correlation id and one log line, even one refused by the body parser
  const logging = requestLogging();
  fastify.addHook('onRequest', logging.onRequest);
  fastify.addHook('onResponse', logging.onResponse);
  // upgrade-insecure-requests only when served over HTTPS: over plain HTTP at a LAN address it sends the web app's
  // scripts to https:// and the page stays blank (a browser exempts only localhost)
  await app.register(fastifyHelmet, { contentSecurityPolicy: { directives: { upgradeInsecureRequests: config.COOKIE_SECURE ? [] : null } } });
  await app.register(...compressedAnswers());
  await app.register(fastifyCookie);
  fastify.addHook('onRequest', noStore());
  fastify.addHook('onRequest', adminOnly(app.get(SessionPrincipals)));
  jsonBodies(fastify, config.BODY_LIMIT, [{ prefix: '/api/v1/budget-imports', limit: config.IMPORT_BODY_LIMIT }]);
  // the web dashboard at / (dist/web), outside /api, /health and /admin
  await app.register(webApp());
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
