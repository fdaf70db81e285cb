import type { StartupResult } from './startup-bench';

/** Section 11's targets (issue 14) and its markdown, kept beside report.ts so the sections stay apart. */
export interface StartupTarget { readonly name: string; readonly value: number; readonly op: '>=' | '<='; readonly limit: number; readonly pass: boolean }

export const LISTENING_TARGET = 'start to listening, 1M-event store needing a rebuild (s)';
export const RSS_TARGET = 'peak RSS while catching up 1M events (MB)';
export const LOOP_DELAY_TARGET = 'event-loop delay p99 while catching up (ms)';

export function startupTargets(s: StartupResult): StartupTarget[] {
  const t = (name: string, value: number, op: '>=' | '<=', limit: number) => ({ name, value, op, limit, pass: op === '>=' ? value >= limit : value <= limit });
  return [
    t(LISTENING_TARGET, s.listeningMs / 1000, '<=', 5),
    t(RSS_TARGET, s.catchingUp.peakRssBytes / 1e6, '<=', 300),
    t(LOOP_DELAY_TARGET, s.catchingUp.loopDelay.p99Ms, '<=', 100),
  ];
}

export function startupSection(s: StartupResult | undefined, targets: readonly StartupTarget[]): string[] {
  if (!s) return [];
  const verdict = (name: string) => { const x = targets.find((t) => t.name === name); return x ? (x.pass ? 'PASS' : '**FAIL**') : ''; };
  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const catchUpSeconds = (s.caughtUpMs - s.listeningMs) / 1000;
  const q = s.queryWhileCatchingUp;
  const progress = q?.progress as { phase?: string; percent?: number } | undefined;
  const c = s.catchingUp;
  const a = s.afterwards;
  return [
    `## 11. Start on a store of ${s.events.toLocaleString('en-US')} events whose read models must be rebuilt (ADR 19)`, '',
    'The all-in-one app from dist (`node dist/src/main.js`, SQLite, alerts on, a private Redis) on a DATA_DIR holding only the section 4 store: no read ' +
      'models, no alert checkpoint. Timed from the spawn; a query and /health every 250 ms and one command meanwhile; inside the app a preloaded probe ' +
      '(`bench/lib/loop-probe.ts`) measures the main thread\'s event-loop delay (perf_hooks.monitorEventLoopDelay) from listening to caught up, the main ' +
      'thread\'s CPU (/proc/self/task) and the process\'s peak RSS (VmHWM, every thread). The same app on an empty store just before shows what a start ' +
      'costs on this machine at this moment.', '',
    '| figure | value | goal | |',
    '| --- | ---: | ---: | --- |',
    `| start to listening (/health 200) | ${sec(s.listeningMs)} (empty store ${sec(s.emptyListeningMs)}, ratio ${(s.listeningMs / s.emptyListeningMs).toFixed(2)}) | ≤ 5 s | ${verdict(LISTENING_TARGET)} |`,
    `| listening to caught up (the rebuild in the projector thread) | ${catchUpSeconds.toFixed(1)} s, ${Math.round((s.events) / catchUpSeconds).toLocaleString('en-US')} events/s | | |`,
    `| peak RSS while catching up (whole process) | ${(c.peakRssBytes / 1e6).toFixed(0)} MB (${(c.peakRssBytes / 2 ** 20).toFixed(0)} MiB) | ≤ 300 MB | ${verdict(RSS_TARGET)} |`,
    `| event-loop delay while catching up, p50 / p99 / max | ${c.loopDelay.p50Ms.toFixed(1)} / ${c.loopDelay.p99Ms.toFixed(1)} / ${c.loopDelay.maxMs.toFixed(0)} ms | p99 ≤ 100 ms | ${verdict(LOOP_DELAY_TARGET)} |`,
    `| queries until caught up | ${Object.entries(s.queryStatuses).map(([k, n]) => `${n} × ${k}`).join(', ')}; the first: ${q ? `${q.status} ${q.code ?? ''}, ${progress?.phase ?? ''} ${progress?.percent ?? ''} %` : 'none'} | 503 READ_MODEL_BEHIND with progress | |`,
    `| /health readings below 100 % | ${s.progressSeen.below100} (highest ${s.progressSeen.max ?? 'n/a'} %) | | |`,
    `| a command right after listening | ${s.command ? `${s.command.status} in ${s.command.ms.toFixed(0)} ms` : 'n/a'} | accepted | |`,
    `| main-thread CPU while catching up / whole process | ${(c.mainThreadCpuMs / 1000).toFixed(1)} s / ${(c.processCpuMs / 1000).toFixed(1)} s | | |`,
    `| main-thread CPU in the 10 s after catching up (alert triggers from their new checkpoint) | ${a.mainThreadCpuMs.toFixed(0)} ms (${((a.mainThreadCpuMs / a.windowMs) * 100).toFixed(1)} %) | | |`, '',
  ];
}
