import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface WorkDir {
  readonly dir: string;
  /** file system type as df reports it (ext4, xfs, …) */
  readonly fsType: string;
  readonly device: string;
  /** why this location was chosen */
  readonly note: string;
  remove(): void;
}

/** The repository root: the nearest folder above `from` holding both package.json and bench/package.json. */
export function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bench', 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`repository root not found above ${from}`);
  }
}

export function fileSystemOf(path: string): { fsType: string; device: string } {
  try {
    const out = execFileSync('df', ['--output=fstype,source', path], { encoding: 'utf8' }).trim().split('\n');
    const [fsType, device] = out[out.length - 1].trim().split(/\s+/);
    return { fsType, device };
  } catch {
    return { fsType: 'unknown', device: 'unknown' };
  }
}

/**
 * A fresh temp dir on the repository's file system, with real files: the system temp dir when it lives
 * there (and is no tmpfs), else bench/.tmp inside the repository.
 */
export function makeWorkDir(repoRoot: string): WorkDir {
  const system = tmpdir();
  const systemFs = fileSystemOf(system);
  const sameDevice = statSync(system).dev === statSync(repoRoot).dev;
  let parent = system;
  let note = `system temp dir ${system}, same device as the repository`;
  if (!sameDevice || systemFs.fsType === 'tmpfs' || systemFs.fsType === 'ramfs') {
    parent = join(repoRoot, 'bench', '.tmp');
    mkdirSync(parent, { recursive: true });
    note = `bench/.tmp (system temp dir ${system} is ${sameDevice ? systemFs.fsType : 'on another device'})`;
  }
  const dir = mkdtempSync(join(parent, 'budget-bench-'));
  const fs = fileSystemOf(dir);
  if (fs.fsType === 'tmpfs' || fs.fsType === 'ramfs') throw new Error(`work dir ${dir} is on ${fs.fsType}; the bench needs real files`);
  return { dir, fsType: fs.fsType, device: fs.device, note, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
