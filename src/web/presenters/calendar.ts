/** The zone in which the site reckons calendar days and shows exact times when none is configured. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

// Offsets change only at transitions, and every zone in use changes on a quarter hour (UTC): within
// one quarter hour an offset read once holds, so a page formatting dozens of times asks Intl rarely.
const QUARTER_HOUR = 15 * 60_000;
const MAX_REMEMBERED = 20_000;
const offsets = new Map<string, number>();
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds the zone's wall clock is ahead of UTC at `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const quarter = Math.floor(ms / QUARTER_HOUR);
  const key = `${timeZone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    let format = offsetFormats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      });
      offsetFormats.set(timeZone, format);
    }
    const start = quarter * QUARTER_HOUR;
    const p = Object.fromEntries(format.formatToParts(new Date(start)).map((x) => [x.type, x.value]));
    offset = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)) - start;
    if (offsets.size >= MAX_REMEMBERED) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The calendar date of an instant in a zone (the site's default zone when none is given), as year, month (1–12) and day. */
export function calendarDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): { year: number; month: number; day: number } {
  const ms = instant.getTime();
  const wall = new Date(ms + offsetAt(ms, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** Whole calendar days from `earlier` to `later` in the zone (0 on the same day). */
export function calendarDaysBetween(earlier: Date, later: Date, timeZone: string = DEFAULT_TIME_ZONE): number {
  const a = calendarDate(earlier, timeZone);
  const b = calendarDate(later, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** Whole calendar months from `earlier` to `later` in the zone, not counting a month that is not complete yet. */
export function calendarMonthsBetween(earlier: Date, later: Date, timeZone: string = DEFAULT_TIME_ZONE): number {
  const a = calendarDate(earlier, timeZone);
  const b = calendarDate(later, timeZone);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  return b.day < a.day ? months - 1 : months;
}
