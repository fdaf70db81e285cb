import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Preloaded into the app under test (`node -r dist/bench/lib/loop-probe.js dist/src/main.js`, with an IPC
 * channel): measures the main thread's event-loop delay with perf_hooks.monitorEventLoopDelay and the main
 * thread's own CPU time (/proc/self/task/<pid>, excluding worker threads), and answers the bench over IPC:
 * `{ probe: 'reset' }` starts a window, `{ probe: 'report' }` answers the window's figures and the process's
 * peak RSS (VmHWM, all threads). No effect on the app when no IPC channel is open.
 */
export interface ProbeReport {
  readonly loopDelay: { readonly p50Ms: number; readonly p99Ms: number; readonly maxMs: number; readonly samples: number };
  /** main-thread CPU in the window, ms (user + system) */
  readonly mainThreadCpuMs: number;
  /** whole-process CPU in the window, ms (every thread) */
  readonly processCpuMs: number;
  readonly windowMs: number;
  readonly peakRssBytes: number;
  readonly rssBytes: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND; // utime, stime (fields 14 and 15)
  } catch {
    return Number.NaN;
  }
}

function statusKiB(name: string): number {
  try {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

if (process.send) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  let window = { at: performance.now(), main: mainThreadCpuMs(), process: process.cpuUsage() };
  process.on('message', (message: { probe?: string }) => {
    if (message?.probe === 'reset') {
      histogram.reset();
      window = { at: performance.now(), main: mainThreadCpuMs(), process: process.cpuUsage() };
    } else if (message?.probe === 'report') {
      const used = process.cpuUsage(window.process);
      const report: ProbeReport = {
        loopDelay: { p50Ms: histogram.percentile(50) / 1e6, p99Ms: histogram.percentile(99) / 1e6, maxMs: histogram.max / 1e6, samples: histogram.count },
        mainThreadCpuMs: mainThreadCpuMs() - window.main, processCpuMs: (used.user + used.system) / 1000, windowMs: performance.now() - window.at,
        peakRssBytes: statusKiB('VmHWM'), rssBytes: statusKiB('VmRSS'),
      };
      process.send?.({ probeReport: report });
    }
  });
  process.channel?.unref(); // after the listener (adding one refs the channel): the probe never keeps the app alive
}
