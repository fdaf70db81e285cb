import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';

/**
 * The dashboard's first load on the wire, as our server sends it: the files `npm run size:web` names (index.html,
 * the entry and the overview page with their static imports and CSS, the ECharts chunk of the curve), each
 * fetched from the running app with a browser's Accept-Encoding, counting the body bytes as they arrive
 * (compressed, not decoded). Undefined when the web app is not built (dist/web).
 */
export interface DashboardBytes {
  readonly files: number;
  readonly uncompressedBytes: number;
  /** what the server sent for Accept-Encoding: gzip, deflate, br, zstd (Chromium's) */
  readonly onTheWireBytes: number;
  readonly encodings: Record<string, number>;
  readonly largestChunk: { readonly file: string; readonly bytes: number; readonly brotliBytes: number };
  readonly budgetBytes: number;
}

const ACCEPT = 'gzip, deflate, br, zstd';

function fetchRaw(port: number, path: string): Promise<{ status: number; encoding: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': ACCEPT } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: String(res.headers['content-encoding'] ?? 'identity'), bytes }));
    }).on('error', reject);
  });
}

export async function dashboardOnTheWire(repoRoot: string, port: number): Promise<DashboardBytes | undefined> {
  if (!existsSync(join(repoRoot, 'dist', 'web', '.vite', 'manifest.json'))) return undefined;
  const built = JSON.parse(execFileSync(process.execPath, [join(repoRoot, 'apps', 'web', 'bundle-size.mjs'), '--json'], { encoding: 'utf8' })) as {
    files: number; paths: string[]; uncompressedBytes: number; largestChunk: DashboardBytes['largestChunk']; budgetBytes: number;
  };
  let onTheWireBytes = 0;
  const encodings: Record<string, number> = {};
  for (const path of built.paths) {
    const answer = await fetchRaw(port, path === '/index.html' ? '/' : path);
    if (answer.status !== 200) throw new Error(`dashboard file ${path}: HTTP ${answer.status}`);
    onTheWireBytes += answer.bytes;
    encodings[answer.encoding] = (encodings[answer.encoding] ?? 0) + 1;
  }
  return { files: built.files, uncompressedBytes: built.uncompressedBytes, onTheWireBytes, encodings, largestChunk: built.largestChunk, budgetBytes: built.budgetBytes };
}
