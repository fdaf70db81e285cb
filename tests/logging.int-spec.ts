import { budgetDocument } from './support/budget-document';
import { onlyRules } from './support/alerting';
import { TestApp, expectStatus, product, startTestApp } from './support/test-app';

jest.setTimeout(120_000);

type Line = Record<string, unknown> & { context?: string; msg?: string; correlationId?: string; correlationIds?: string[]; causedBy?: string[] };

/**
 * LOG_FORMAT=json: one JSON object per line, and the correlation id of a command followed from its request
 * through its events and the projector to the alert evaluation it triggers.
 */
describe('structured logs (LOG_FORMAT=json)', () => {
  let t: TestApp;
  const lines: Line[] = [];
  const sink = { write: (text: string) => { for (const l of text.split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Line); } };
  const carries = (id: string) => (l: Line) => l.correlationId === id || (l.correlationIds ?? []).includes(id) || (l.causedBy ?? []).includes(id);

  async function logged(predicate: (l: Line) => boolean, timeoutMs = 20_000): Promise<Line> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = lines.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such log line among ${lines.length}: ${JSON.stringify(lines.slice(-5))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ ALERTS_ENABLED: 'true', ALERT_SETTINGS: onlyRules({ indicator_light: {} }) });
    // the process's logger as main.ts makes it for LOG_FORMAT=json, writing into this test
    t.app.useLogger(product.createLogger({ LOG_FORMAT: 'json', LOG_LEVEL: 'debug' }, sink));
    await t.redisReady();
    await t.importBudget(budgetDocument(2023));
  });
  afterAll(async () => { await t?.close(); });

  it('given a command with X-Correlation-Id, then its request line, its events, the projector batch and the alert evaluation it triggers all carry that id', async () => {
    const id = `corr-${Date.now()}`;

    const res = await t.http.post('/api/v1/wage-arrears-cases').set('X-Correlation-Id', id)
      .send({ unit: '426006', employer: '某劳务公司', workersAffected: 2, amountOwed: '6000.00', effectiveDate: '2023-06-01' });

    expectStatus(res, 201);
    expect(res.headers['x-correlation-id']).toBe(id);
    const request = await logged((l) => l.context === 'HTTP' && l.correlationId === id);
    expect(request).toMatchObject({ level: 'info', method: 'POST', url: '/api/v1/wage-arrears-cases', status: 201, user: 'admin', pid: process.pid });
    expect(typeof request.time).toBe('string');
    const events = (await t.store.readAll()).filter((e) => e.metadata.correlationId === id);
    expect(events.map((e) => e.type)).toEqual(['WageArrearsCaseReported.v1']);
    expect(await logged((l) => l.context === 'Projector' && carries(id)(l))).toMatchObject({ level: 'debug' });
    const evaluation = await logged((l) => l.context === 'AlertEvaluation' && carries(id)(l));
    // the run is its own correlation (the id its alert events are recorded under), caused by the command
    // (a unit run, or a full one when the trigger loop read the command in one page with the budget import)
    expect(evaluation).toMatchObject({ level: 'info', causedBy: expect.arrayContaining([id]), correlationId: expect.stringMatching(/^(unit|full)-/) });
  });

  it('given a command without a correlation id, then a fresh one is answered, logged and recorded on its events', async () => {
    const res = await t.http.post('/api/v1/wage-arrears-cases')
      .send({ unit: '426006', employer: '另一劳务公司', workersAffected: 1, amountOwed: '3000.00', effectiveDate: '2023-06-02' });

    expectStatus(res, 201);
    const id = res.headers['x-correlation-id'] as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await logged((l) => l.context === 'HTTP' && l.correlationId === id && l.status === 201);
    expect((await t.store.readAll()).filter((e) => e.metadata.correlationId === id)).toHaveLength(1);
  });

  it('given LOG_LEVEL=log, then debug lines (projector batches, probes) are not written', () => {
    const quiet: string[] = [];
    const logger = product.createLogger({ LOG_FORMAT: 'json', LOG_LEVEL: 'log' }, { write: (s: string) => { quiet.push(s); } });

    logger.debug?.('projected 3 events', 'Projector');
    logger.log('listening', 'Main');
    logger.error('boom', 'Error: boom\n    at x', 'Main');

    expect(quiet.map((s) => JSON.parse(s))).toEqual([
      expect.objectContaining({ level: 'info', context: 'Main', msg: 'listening' }),
      expect.objectContaining({ level: 'error', context: 'Main', msg: 'boom', stack: 'Error: boom\n    at x' }),
    ]);
  });
});
