import { AlertScheduler } from '../apps/worker/src/alerts/alert-scheduler';
import { AlertEvaluationProcessor } from '../apps/worker/src/alerts/alert-evaluation.processor';
import { EmailProcessor } from '../apps/worker/src/notifications/email.processor';
import { startTestApp, type TestApp } from '../tests/support/test-app';

/** ROLE selects the modules of a process (docs/adr/0008-production-topology.md). `all` is what every other test runs. */
describe('process roles', () => {
  let app: TestApp | undefined;
  afterEach(async () => { await app?.close(); app = undefined; });

  // NestApplication.get() exits the process on an unknown provider, so the module graph is searched instead
  const has = (type: abstract new (...args: never[]) => unknown): boolean => {
    const container = (app!.app as unknown as { container: { getModules(): Map<string, { providers: Map<unknown, unknown> }> } }).container;
    return [...container.getModules().values()].some((module) => module.providers.has(type));
  };

  it('given ROLE=api, then it serves the API, the e-mail routes and the queue board, but runs no queue worker, schedule or trigger loop', async () => {
    app = await startTestApp({ ROLE: 'api' });

    expect((await app.anonymous.get('/health')).status).toBe(200);
    expect((await app.http.get('/api/v1/notifications/dead-letters')).status).toBe(200);
    expect((await app.http.get('/admin/queues')).status).toBe(200);
    expect([has(EmailProcessor), has(AlertEvaluationProcessor), has(AlertScheduler)]).toEqual([false, false, false]);
  }, 120_000);

  it('given ROLE=worker, then the queue workers and the alert schedule run, and /health answers for the orchestrator', async () => {
    app = await startTestApp({ ROLE: 'worker' });

    expect([has(EmailProcessor), has(AlertEvaluationProcessor), has(AlertScheduler)]).toEqual([true, true, true]);
    expect((await app.anonymous.get('/health')).status).toBe(200);
  }, 120_000);
});
