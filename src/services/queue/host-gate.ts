import type { FetchOptions, FetchResult, HttpClient } from '../../ingest/fetch/index.ts';
import { claimHostSlot, ensureFetchHost, expireHostSlots, releaseHostSlot } from '../../store/index.ts';
import { recordStage, timeStage } from '../ingest/stage-times.ts';
import type { QueueDeps } from './deps.ts';

/** Politeness towards one publisher host, held across every process sharing the database. */
export interface HostGateOptions {
  /** This process's name in the slot leases. */
  owner: string;
  /** Fetches from one host at the same time, over all processes. */
  slots: number;
  /** Least time between the starts of two fetches from one host, in ms. */
  gapMs: number;
  /** How long a slot stays leased when its holder dies mid-fetch (longer than the fetch timeout). */
  leaseMs: number;
  /** Longest single wait before asking again for a busy host, in ms (default 200). */
  pollMs?: number;
}

/** Hands out host slots; `acquire` resolves with the function that frees the slot again. */
export interface HostGate {
  acquire(url: string): Promise<() => Promise<void>>;
}

/** A counting semaphore: `take` waits while all places are taken. */
class LocalSlots {
  private waiting: (() => void)[] = [];
  constructor(private free: number) {}
  async take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A gate that waits for a free slot of the URL's host (host and port) in the database. The clock
 * must move (the system clock): the waits are real time.
 */
export function createHostGate(deps: QueueDeps, options: HostGateOptions): HostGate {
  const known = new Set<string>();
  const local = new Map<string, LocalSlots>();
  const pollMs = options.pollMs ?? 200;
  return {
    async acquire(url) {
      const started = performance.now();
      const host = new URL(url).host.toLowerCase();
      if (!known.has(host)) {
        await ensureFetchHost(deps.db, host, options.slots);
        known.add(host);
      }
      // Queue in the process first: no more fetches of one host ask the database than it has slots.
      let slots = local.get(host);
      if (!slots) local.set(host, (slots = new LocalSlots(options.slots)));
      await slots.take();
      // Waits for a slot held by another process grow from 5 ms to pollMs, so that a busy host is not
      // asked every few milliseconds by every waiting fetch of every worker.
      let busyWaitMs = 5;
      for (;;) {
        const now = deps.clock.now();
        let claim;
        try {
          claim = await timeStage('host_claim', () => claimHostSlot(deps.db, { host, owner: options.owner, now, until: new Date(now.getTime() + options.leaseMs), slots: options.slots, gapMs: options.gapMs }));
        } catch (error) {
          slots.give();
          throw error;
        }
        if ('slot' in claim) {
          const taken = claim.slot;
          recordStage('host_wait', performance.now() - started);
          return async () => {
            try {
              await releaseHostSlot(deps.db, { host, slot: taken, owner: options.owner });
            } finally {
              slots.give();
            }
          };
        }
        // A gap ends at a known time; a busy slot frees at an unknown one, so ask again soon (with jitter).
        const untilGap = claim.retryAt.getTime() - deps.clock.now().getTime();
        if (untilGap > 0) await sleep(Math.min(untilGap, pollMs));
        else {
          await sleep(Math.min(busyWaitMs * (0.5 + Math.random()), pollMs));
          busyWaitMs = Math.min(busyWaitMs * 2, pollMs);
        }
      }
    },
  };
}

/**
 * The HTTP client with every fetch passed through the gate: a slot of the URL's host is held from
 * the request to the end of the body. (Redirects to another host are followed within the same slot.)
 */
export function politeHttpClient(http: HttpClient, gate: HostGate): HttpClient {
  return {
    async fetch(url: string, options?: FetchOptions): Promise<FetchResult> {
      // An address the client refuses anyway (bad URL) is not worth a slot: let the client say why.
      if (!URL.canParse(url)) return http.fetch(url, options);
      const release = await gate.acquire(url);
      try {
        return await http.fetch(url, options);
      } finally {
        await release();
      }
    },
    close: () => http.close(),
  };
}

/** Clears host slots whose holders stopped (their fetch cannot still be running); returns how many. */
export function expireStaleHostSlots(deps: QueueDeps): Promise<number> {
  return expireHostSlots(deps.db, deps.clock.now());
}
