/** A calendar date: year, month (1–12), day (1–31). */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock reading of an instant in a zone, as if it were UTC (for offset arithmetic). */
function wallClock(instant: Date, timeZone: string): number {
  const p = Object.fromEntries(partsFormat(timeZone).formatToParts(instant).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
}

/** The calendar date of an instant in a zone. */
export function zonedDay(instant: Date, timeZone: string): CalendarDay {
  const wall = new Date(wallClock(instant, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** The date as `YYYY-MM-DD`, which sorts like the dates themselves. */
export function dayKey(day: CalendarDay): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** Whether year, month and day name a real date (no 31 February, no month 13). */
export function isCalendarDay(day: CalendarDay): boolean {
  if (![day.year, day.month, day.day].every(Number.isInteger) || day.year < 1 || day.year > 9999) return false;
  if (day.month < 1 || day.month > 12 || day.day < 1) return false;
  return day.day <= daysInMonth(day.year, day.month);
}

/** How many days a month has. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `days` after (or before, when negative) a date. */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The instant a date begins in a zone (its local midnight). Zone offsets change at most twice a year
 * and never at midnight in Europe, so guessing with the offset at UTC midnight and correcting once is exact there;
 * a second correction covers zones whose change falls near midnight.
 */
export function startOfDay(day: CalendarDay, timeZone: string): Date {
  const target = Date.UTC(day.year, day.month - 1, day.day);
  let guess = target;
  for (let i = 0; i < 2; i++) guess += target - wallClock(new Date(guess), timeZone);
  return new Date(guess);
}

/** Whether `timeZone` is a zone name this runtime knows (IANA, such as `Europe/Vienna`, or `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes the zone's wall clock is ahead of UTC at `instant` (60 for Berlin in winter, 120 in summer). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const whole = new Date(Math.floor(instant.getTime() / 1000) * 1000);
  return Math.round((wallClock(whole, timeZone) - whole.getTime()) / 60_000);
}

/** The `count` calendar days ending with the day of `instant` in the zone, oldest first. */
export function lastDays(instant: Date, timeZone: string, count: number): CalendarDay[] {
  const today = zonedDay(instant, timeZone);
  return Array.from({ length: count }, (_, i) => addDays(today, i - count + 1));
}
