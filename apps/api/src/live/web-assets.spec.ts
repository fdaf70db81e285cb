import Fastify, { type FastifyInstance } from 'fastify';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { webApp } from './web-assets';

/** The web app as the API process serves it: compressed by the build, sent compressed to browsers that accept it. */
describe('web assets', () => {
  let dir: string;
  let server: FastifyInstance;
  const script = 'console.log("预算执行");'.repeat(100);
  const page = '<!doctype html><title>预算执行监控</title>';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'web-assets-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, '.vite'));
    const file = (name: string, content: string, compressed = true) => {
      writeFileSync(join(dir, name), content);
      if (compressed) { writeFileSync(join(dir, `${name}.br`), brotliCompressSync(content)); writeFileSync(join(dir, `${name}.gz`), gzipSync(content)); }
    };
    file('index.html', page);
    file('assets/index-abc123.js', script);
    file('assets/small-def456.js', 'export {};', false);
    file('.vite/manifest.json', '{}');
    server = Fastify();
    await server.register(webApp(dir));
    server.setNotFoundHandler((_req, reply) => reply.status(404).send('not the web app'));
    await server.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** the bytes as sent on the wire, not decoded */
  const raw = (path: string, acceptEncoding: string) => new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    get({ host: '127.0.0.1', port: (server.server.address() as AddressInfo).port, path, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });

  it('given a browser accepting brotli, when it loads a hashed script, then the brotli file, as JavaScript, cached for a year', async () => {
    const res = await raw('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('given a browser accepting only gzip, then the gzip file; accepting none, the file as built', async () => {
    const gz = await raw('/assets/index-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await raw('/assets/index-abc123.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('given a deep link of the app (an alert e-mail\'s), then index.html, compressed, never cached', async () => {
    for (const path of ['/', '/indicators/2023/D-08']) {
      const res = await raw(path, 'br');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(res.body).toString()).toBe(page);
    }
  });

  it('given a file the build left uncompressed (too small to gain), then it is sent as is', async () => {
    const res = await raw('/assets/small-def456.js', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('given the build\'s dot-files or a missing asset, then not the web app\'s answer', async () => {
    expect((await raw('/.vite/manifest.json', 'br')).status).toBe(404);
    // not a file the app would have built: a path it may route, so its page, never the manifest
    expect(brotliDecompressSync((await raw('/.vite/manifest.json.br', 'br')).body).toString()).toBe(page);
    expect((await raw('/assets/missing-000000.js', 'br')).status).toBe(404);
    expect((await raw('/assets/../../etc/passwd', 'br')).status).toBe(404);
  });
});
