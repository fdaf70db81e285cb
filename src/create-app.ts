import { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { Server } from 'node:http';
import { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppConfig } from '@app/config';
import { toProblem } from '../apps/api/src/shared/problem-details.filter';
import { SessionPrincipals } from '../apps/api/src/auth/session-principals';
import { Forbidden, Unauthenticated, can } from '@app/kernel';
import { AppModule } from './app.module';
import { openApiDocument } from './openapi';
import { requestLogging } from '../apps/api/src/logging/request-logging';
import { withObservability } from '../apps/api/src/metrics/observability.module';
import { createLogger } from '../apps/api/src/logging/logger';

export { createLogger };
import { webApp } from '../apps/api/src/live/web-assets';
import { jsonBody } from '../apps/api/src/http-platform/json-body';
import { noStore } from '../apps/api/src/http-platform/no-store';
import { compressedAnswers } from '../apps/api/src/http-platform/compressed';


/** The queue board is Express middleware outside Nest's guards: admins only, checked here. */
function adminOnly(sessions: SessionPrincipals) {
  return (req: Request, res: Response, next: NextFunction) => {
    sessions.principalOf(req).then((principal) => {
      if (principal && can(principal, 'users:manage')) {
        res.setHeader('Cache-Control', 'no-store');
        return next();
      }
      const problem = toProblem(principal ? new Forbidden('ROLE_NOT_PERMITTED', 'the queue board is for admins') : new Unauthenticated());
      res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
    }, next);
  };
}

/**
 * Once app.close() has stopped the server listening, every answer says `Connection: close`: a client that keeps a
 * connection busy (a load balancer, payers in a loop) is moved off it after its request instead of keeping the
 * server's close, which waits for every connection, from ever finishing (the shutdown then timed out, exit code 1).
 */
function closeConnectionsWhenStopping(server: Server) {
  let listened = server.listening;
  server.once('listening', () => { listened = true; });
  return (_req: Request, res: Response, next: NextFunction) => {
    if (listened && !server.listening) res.setHeader('Connection', 'close');
    next();
  };
}

/** Builds the application (not listening yet): used by main.ts and by the end-to-end tests. */
export async function createApp(config: AppConfig, logger: LoggerService | false = createLogger(config)): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(withObservability(AppModule.register(config)), {
    bodyParser: false, logger: logger === false ? false : logger, forceCloseConnections: false,
  });
  // behind a load balancer every client has its address: the login limits key on it (TRUSTED_PROXIES, docs/deploy.md)
  if (config.TRUSTED_PROXIES.length > 0) app.set('trust proxy', config.TRUSTED_PROXIES);
  app.use(closeConnectionsWhenStopping(app.getHttpServer() as Server));
  app.use(requestLogging()); // first: every request gets its correlation id and one log line, even one refused by the body parser
  // upgrade-insecure-requests only when served over HTTPS: over plain HTTP at a LAN address it sends the web app's
  // scripts to https:// and the page stays blank (a browser exempts only localhost)
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: config.COOKIE_SECURE ? [] : null } } }));
  app.use(compressedAnswers());
  app.use(cookieParser());
  app.use(noStore());
  app.use('/admin/queues', adminOnly(app.get(SessionPrincipals)));
  // the web dashboard at / (dist/web), outside /api, /health and /admin
  app.use(webApp());
  app.use('/api/v1/budget-imports', jsonBody(config.IMPORT_BODY_LIMIT));
  app.use(jsonBody(config.BODY_LIMIT));
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
