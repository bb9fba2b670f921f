// How busy the whole machine's CPUs were over a stretch of time (Linux /proc/stat): every process
// counts, the workers, the farm, PostgreSQL and the benchmark itself. A run whose cores are all busy
// cannot go faster with more workers, which is what this tells beside the items per second. Named
// groups of processes (PostgreSQL, the farm) are sampled as well, so that the busy time can be split.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks a second in /proc (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

interface Sample {
  at: number;
  busy: number;
  total: number;
  steal: number;
  /** CPU ticks used so far by each named group of processes. */
  groups: Record<string, number>;
}

/** Picks the processes of a group by pid and command name (`comm`, e.g. "postgres"). */
export type ProcessPick = (pid: number, comm: string) => boolean;

/**
 * CPU ticks (user + system) each group's processes have used, with those of their children that ended
 * and were waited for (PostgreSQL's backends that ended count in the postmaster's); one pass over /proc.
 */
function readGroups(picks: Record<string, ProcessPick>): Record<string, number> {
  const ticks: Record<string, number> = Object.fromEntries(Object.keys(picks).map((name) => [name, 0]));
  if (Object.keys(picks).length === 0) return ticks;
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const groups = Object.entries(picks).filter(([, pick]) => pick(pid, comm));
      if (groups.length === 0) continue;
      // After the command: state ppid … utime stime cutime cstime are fields 14–17 of the line.
      const fields = stat.slice(close + 2).split(' ');
      const used = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      for (const [name] of groups) ticks[name]! += used;
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks;
}

function read(picks: Record<string, ProcessPick>): Sample | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith('cpu '));
    if (!line) return null;
    // user nice system idle iowait irq softirq steal (guest time is already in user and nice)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1, 9).map(Number) as number[];
    const idleAll = idle! + iowait!;
    const busy = user! + nice! + system! + irq! + softirq!;
    return { at: Date.now(), busy, total: busy + idleAll + steal!, steal: steal!, groups: readGroups(picks) };
  } catch {
    return null;
  }
}

/** Busy and stolen shares of all CPU time between two instants (0–1), or null without samples there. */
export interface CpuShare {
  busy: number;
  steal: number;
  /** CPU seconds of all busy cores meanwhile. */
  busyS: number;
  /** CPU seconds of each named group of processes meanwhile. */
  groupsS: Record<string, number>;
}

/**
 * Samples /proc/stat (and the named groups of processes) every `everyMs` until stopped; `between` gives
 * the shares over a stretch of wall time.
 */
export function startCpuSampler(picks: Record<string, ProcessPick> = {}, everyMs = 1000): { stop: () => void; between: (from: number, to: number) => CpuShare | null } {
  const samples: Sample[] = [];
  const take = () => {
    const s = read(picks);
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
      const groupsS = Object.fromEntries(Object.keys(picks).map((name) => [name, (end.groups[name]! - start.groups[name]!) / TICKS_PER_S]));
      return { busy: (end.busy - start.busy) / total, steal: (end.steal - start.steal) / total, busyS: (end.busy - start.busy) / TICKS_PER_S, groupsS };
    },
  };
}
