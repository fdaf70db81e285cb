import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document of the API: served at /api/docs-json, and the source of the web app's types (npm run api:types). */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('预算执行监控 Budget execution tracker API')
    .setDescription('Commands record immutable facts (events); amounts are decimal strings in 元; errors are RFC 9457 problem details with a stable code and the offending field.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'the token from POST /api/v1/auth/login' })
    .addCookieAuth('budget_session')
    .build();
  return SwaggerModule.createDocument(app, config);
}
