// How busy the whole machine's CPUs were over a stretch of time (Linux /proc/stat): every process
// counts, the workers, the farm, PostgreSQL and the benchmark itself. A run whose cores are all busy
// cannot go faster with more workers, which is what this tells beside the items per second.
import { readFileSync } from 'node:fs';

interface Sample {
  at: number;
  busy: number;
  total: number;
  steal: number;
}

function read(): Sample | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith('cpu '));
    if (!line) return null;
    // user nice system idle iowait irq softirq steal (guest time is already in user and nice)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1, 9).map(Number) as number[];
    const idleAll = idle! + iowait!;
    const busy = user! + nice! + system! + irq! + softirq!;
    return { at: Date.now(), busy, total: busy + idleAll + steal!, steal: steal! };
  } catch {
    return null;
  }
}

/** Busy and stolen shares of all CPU time between two instants (0–1), or null without samples there. */
export interface CpuShare {
  busy: number;
  steal: number;
}

/** Samples /proc/stat every `everyMs` until stopped; `between` gives the shares over a stretch of wall time. */
export function startCpuSampler(everyMs = 250): { stop: () => void; between: (from: number, to: number) => CpuShare | null } {
  const samples: Sample[] = [];
  const take = () => {
    const s = read();
    if (s) samples.push(s);
  };
  take();
  const timer = setInterval(take, everyMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      take();
    },
    between(from, to) {
      // The last sample at or before `from` and the first at or after `to` (the stretch measured covers it).
      const start = [...samples].reverse().find((s) => s.at <= from) ?? samples[0];
      const end = samples.find((s) => s.at >= to) ?? samples.at(-1);
      if (!start || !end || end.total <= start.total) return null;
      const total = end.total - start.total;
      return { busy: (end.busy - start.busy) / total, steal: (end.steal - start.steal) / total };
    },
  };
}
