import type { Kysely } from 'kysely';
import { dayKey, lastDays, startOfDay, zoneOffsetMinutes } from '../../domain/zoned-time.ts';
import { countFeedItemsByDay, countFetchesByDay, type Database } from '../../store/index.ts';

/** The refreshes of all feeds on one day: new bodies, "not modified" answers and failures. */
export interface FetchDay {
  /** The local date, `YYYY-MM-DD`. */
  day: string;
  updated: number;
  notModified: number;
  failed: number;
}

/** The local days of a window ending today, and where the first begins. */
function window(now: Date, timeZone: string, days: number): { keys: string[]; since: Date; offsetMinutes: number } {
  const calendar = lastDays(now, timeZone, days);
  return { keys: calendar.map(dayKey), since: startOfDay(calendar[0]!, timeZone), offsetMinutes: zoneOffsetMinutes(now, timeZone) };
}

/** Refreshes of every feed per local day over the last `days` days (today included), oldest first, days without any as zeros. */
export async function siteFetchHistory(db: Kysely<Database>, options: { now: Date; timeZone: string; days: number }): Promise<FetchDay[]> {
  const w = window(options.now, options.timeZone, options.days);
  const counted = new Map((await countFetchesByDay(db, { since: w.since, offsetMinutes: w.offsetMinutes })).map((d) => [d.day, d]));
  return w.keys.map((day) => counted.get(day) ?? { day, updated: 0, notModified: 0, failed: 0 });
}

/** Each feed's new articles per local day over a window of days ending today. */
export interface FeedItemHistory {
  /** The window's local dates, `YYYY-MM-DD`, oldest first. */
  days: string[];
  /** Feed id → new articles on each of those days; feeds without any in the window are missing. */
  byFeed: Map<number, number[]>;
}

/** Each feed's new articles per local day over the last `days` days (today included). */
export async function feedItemHistory(db: Kysely<Database>, options: { now: Date; timeZone: string; days: number }): Promise<FeedItemHistory> {
  const w = window(options.now, options.timeZone, options.days);
  const counted = await countFeedItemsByDay(db, { since: w.since, offsetMinutes: w.offsetMinutes });
  return { days: w.keys, byFeed: new Map([...counted].map(([feedId, byDay]) => [feedId, w.keys.map((day) => byDay.get(day) ?? 0)])) };
}
