import { importDemoBudgetIfAbsent } from '../../src/demo-budget';
import { TEST_PASSWORD, TestApp, expectStatus, startTestApp } from '../support/test-app';
import { ensureWebBuilt, listen } from './browser';

jest.setTimeout(120_000);

interface Sse { events: { event: string; data: { position: number; types: string[]; units: (string | null)[] } }[]; close(): void; status: number }

/** Opens GET /api/v1/live with a session cookie, collecting the events as they come. */
async function openLive(base: string, cookie: string): Promise<Sse> {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/v1/live`, { headers: { cookie }, signal: controller.signal });
  const sse: Sse = { events: [], close: () => controller.abort(), status: res.status };
  if (!res.ok || !res.body) return sse;
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: '' }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) sse.events.push({ event, data: JSON.parse(data) });
      }
    }
  })();
  return sse;
}

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The web app's server side: live updates over SSE (scoped, cookie-authenticated) and the static assets. */
describe('web: live feed and static serving', () => {
  let t: TestApp;
  let base: string;
  const cookieOf = async (username: string) => {
    const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: TEST_PASSWORD }) });
    expect(res.status).toBe(200);
    return (res.headers.get('set-cookie') ?? '').split(';')[0];
  };

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    await importDemoBudgetIfAbsent(t.app);
    await t.httpAs({ role: 'accountant', units: ['426002'], username: 'kuaiji2' });
    await t.httpAs({ role: 'manager', units: ['426001'], username: 'fuzeren1' });
    base = await listen(t);
    // the projector thread catches the demo budget up on its own: readers connect once it has, so the first step they hear is the test's
    await t.readModelsCaughtUp();
  }, 300_000); // the first web suite of a run builds the web app (dist/web) here
  afterAll(async () => { await t?.close(); });

  const closeAndForget = async () => {
    const app = t;
    t = undefined as unknown as TestApp;
    await app.close();
  };

  it('given readers of 426001 and 426002 listening, when a disbursement is recorded in 426001, then only the 426001 reader hears of it, once the read models include it', async () => {
    const mine = await openLive(base, await cookieOf('fuzeren1'));
    const other = await openLive(base, await cookieOf('kuaiji2'));
    await until(() => mine.events.length > 0 && other.events.length > 0, 'hello');
    const res = await t.http.post('/api/v1/lines/426001-2023-B-2080101-30101/disbursements').send({ amount: '1000.00', effectiveDate: '2023-06-30', voucherNo: '记-2023-06-0900' });
    expectStatus(res, 201);
    await until(() => mine.events.some((e) => e.event === 'advanced' && e.data.position >= res.body.position), 'the advance');
    expect(mine.events.find((e) => e.event === 'advanced')?.data).toMatchObject({ types: ['DisbursementRecorded.v1'], units: ['426001'] });
    // the read models already answer it: no minPosition wait needed
    const rows = (await t.http.get('/api/v1/execution?groupBy=line&unit=426001&asOf=2023-07-15')).body.rows as { key: string; disbursed: string }[];
    expect(rows.find((r) => r.key === '426001-2023-B-2080101-30101')?.disbursed).toBe('1000.00');
    // a later marker in 426002: the feed announces steps in order, so once the 426002 reader hears the marker, the
    // step with the 426001 payment has been announced too, and it was not told of it
    const marker = await t.http.post('/api/v1/lines/426002-2023-B-2080150-30101/disbursements').send({ amount: '1.00', effectiveDate: '2023-06-30', voucherNo: '记-2023-06-0901' });
    expectStatus(marker, 201);
    await until(() => other.events.some((e) => e.event === 'advanced' && e.data.position >= marker.body.position), 'the marker');
    expect(other.events.filter((e) => e.event === 'advanced').flatMap((e) => e.data.units)).toEqual(['426002']);
    mine.close();
    other.close();
  });

  it('without a session the live feed is 401', async () => {
    expect((await openLive(base, '')).status).toBe(401);
  });

  it('serves the web app at / with its CSP, while /api, /health and /admin keep their own answers', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    // plain HTTP on a LAN address: no upgrade of the app's own scripts to https:// (COOKIE_SECURE=false)
    expect(index.headers.get('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
    const html = await index.text();
    expect(html).toContain('预算执行监控');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts
    expect(html).not.toMatch(/https?:\/\//); // nothing from outside
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect((await fetch(`${base}${asset}`)).headers.get('cache-control')).toMatch(/immutable/);
    // history routing: a deep link (an alert e-mail's) answers the app's page, uncached, so a reload opens the view
    for (const path of ['/indicators/2023/D-08', '/lines/426001-2023-B-2080101-30101?asOf=2023-07-15', '/alerts/abc', '/fund?fiscalYear=2023&advance=x']) {
      const deep = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect(deep.status).toBe(200);
      expect(deep.headers.get('content-type')).toMatch(/text\/html/);
      expect(deep.headers.get('cache-control')).toBe('no-cache');
      expect(await deep.text()).toContain('<div id="app">');
    }
    expect((await fetch(`${base}/units/426001`, { method: 'HEAD' })).status).toBe(200);
    // a missing asset is a 404, not the page
    expect((await fetch(`${base}/assets/missing-0000.js`)).status).toBe(404);
    expect((await fetch(`${base}/favicon.ico`)).status).toBe(404);
    expect((await fetch(`${base}/api/v1/deep/link`, { method: 'POST' })).status).toBe(404);
    const api = await fetch(`${base}/api/v1/no-such-thing`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).not.toMatch(/text\/html/);
    expect((await fetch(`${base}/health`)).headers.get('content-type')).toMatch(/json/);
    expect((await fetch(`${base}/admin/queues`, { headers: { accept: 'text/html' } })).status).toBe(401);
  });

  it('given an open live stream, when the app shuts down, then the stream ends and the shutdown does not wait for it', async () => {
    const open = await openLive(base, await cookieOf('fuzeren1'));
    await until(() => open.events.length > 0, 'hello');
    const started = Date.now();
    await closeAndForget();
    expect(Date.now() - started).toBeLessThan(5000);
    open.close();
  });
});
