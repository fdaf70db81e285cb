import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { TEST_PASSWORD, TestApp, UserSpec, expectStatus } from '../support/test-app';

const ROOT = join(__dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');

/** Debian's chromium: never downloaded by the tests. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync', '--lang=zh-CN'];

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the web app when dist/web is missing or older than its sources (like startup.int-spec.ts does for the API). */
export function ensureWebBuilt(): void {
  const index = join(ROOT, 'dist', 'web', 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(join(ROOT, 'apps', 'web'))) return;
  execSync('npm run build:web', { cwd: ROOT, stdio: 'inherit' });
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (the tests never download a browser)`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** The test app listening on a free port of 127.0.0.1; answers its base URL. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** The password browser users chose themselves at their first login (the admin's TEST_PASSWORD is changed first). */
export const WEB_PASSWORD = 'My-Own-Secret-2023';

/**
 * A user as the browser tests need one: registered by the admin, who then changed the admin's password to
 * WEB_PASSWORD as everyone must at first login (so the dashboard does not ask for it first).
 */
export async function webUser(t: TestApp, user: UserSpec & { username: string }): Promise<string> {
  const http = await t.httpAs(user);
  expectStatus(await http.post('/api/v1/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: WEB_PASSWORD }), 200);
  return http.username;
}

export const newContext = (browser: Browser, base: string, viewport = { width: 1366, height: 768 }) =>
  browser.newContext({ baseURL: base, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

/** Fills the login page (wherever it was reached from) and submits it. */
export async function logIn(page: Page, username: string, password = WEB_PASSWORD): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** A fresh browser context (its own cookies) at 1366×768, logged in through the login page. */
export async function loggedIn(browser: Browser, base: string, username: string, viewport = { width: 1366, height: 768 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, base, viewport);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000); // each wait ends when its element is there; a busy machine renders slowly
  page.on('pageerror', (error) => { throw error; });
  await page.goto('/');
  await logIn(page, username);
  await page.getByTestId('who').waitFor();
  return { context, page };
}

/** Waits (up to 30 s, a busy machine's bound) until the element's text contains `text`. */
export async function expectText(locator: Locator, text: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.first().textContent({ timeout: Math.max(1, deadline - Date.now()) }).catch(() => '')) ?? '';
    if (last.includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected "${text}" in ${locator.toString()}, found "${last}"`);
}

/** Both screenshots every page gets: desktop 1440×900 and phone 390×844 (full page), restoring the viewport. */
export async function shotsOf(page: Page, name: string, ready: () => Promise<unknown>): Promise<void> {
  const before = page.viewportSize();
  for (const [suffix, size] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await ready();
    await page.evaluate("document.fonts.ready.then(() => undefined)");
    await shot(page, `${name}-${suffix}`);
  }
  if (before) await page.setViewportSize(before);
}

/** Sets the header's 截至日期 as a user does (type the date, leave the field). */
export async function setAsOf(page: Page, date: string): Promise<void> {
  await page.getByTestId('as-of').fill(date);
  await page.getByTestId('as-of').dispatchEvent('change');
}

export const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
