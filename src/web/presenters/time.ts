import { calendarDaysBetween, calendarMonthsBetween, DEFAULT_TIME_ZONE } from './calendar.ts';

/** A point in time ready for a `<time>` element: machine value, relative text, exact text. */
export interface TimeView {
  /** ISO 8601 for the `datetime` attribute. */
  iso: string;
  /** "vor 3 Stunden", "gestern", "2 months ago". */
  relative: string;
  /** Exact date and time in the site's zone, e.g. "24. Oktober 2024 um 18:17 MESZ". */
  exact: string;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Relative wording of `then` seen from `now`. Below a day it counts seconds, minutes and hours;
 * from there on it counts calendar days in the site's zone, so that 23:00 yesterday is "gestern" the next
 * morning only once a whole day has passed, and months by the calendar so "vor 2 Monaten" matches
 * what a reader would say. Times in the future (publisher clock skew) read as "now".
 *
 * Up to days the words of numeric 'auto' are right ("jetzt", "gestern", "vorgestern"). For weeks,
 * months and years they would claim a calendar unit: "letzten Monat" for 25 October seen on
 * 24 December is wrong, so those units count ("vor 1 Monat").
 */
export function relativeTime(then: Date, now: Date, locale: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const format = relativeFormat(locale, 'auto');
  const count = relativeFormat(locale, 'always');
  const seconds = Math.max(0, Math.floor((now.getTime() - then.getTime()) / 1000));
  if (seconds < MINUTE) return format.format(seconds < 10 ? 0 : -seconds, 'second');
  if (seconds < HOUR) return format.format(-Math.floor(seconds / MINUTE), 'minute');
  if (seconds < DAY) return format.format(-Math.floor(seconds / HOUR), 'hour');
  const days = Math.max(1, calendarDaysBetween(then, now, timeZone));
  if (days < 7) return format.format(-days, 'day');
  const months = calendarMonthsBetween(then, now, timeZone);
  if (months < 1) return count.format(-Math.floor(days / 7), 'week');
  if (months < 12) return count.format(-months, 'month');
  return count.format(-Math.floor(months / 12), 'year');
}

/** The exact date and time of an instant in the site's zone, with the zone's short name. */
export function exactTime(instant: Date, locale: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const key = `${locale}|${timeZone}`;
  let format = exactFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    exactFormats.set(key, format);
  }
  return format.format(instant);
}

// Intl formatters are costly to build and a list page formats dozens of times; keep one per locale and zone.
const exactFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string, numeric: 'auto' | 'always'): Intl.RelativeTimeFormat {
  const key = `${locale}|${numeric}`;
  let format = relativeFormats.get(key);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric });
    relativeFormats.set(key, format);
  }
  return format;
}

/**
 * Builds the view of an ISO timestamp in a zone; null when the text is not a valid time. The zone has
 * no default: every page passes the configured one (`ui.timeZone`), so none can fall back to Berlin.
 */
export function presentTime(iso: string, now: Date, locale: string, timeZone: string): TimeView | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  return { iso: instant.toISOString(), relative: relativeTime(instant, now, locale, timeZone), exact: exactTime(instant, locale, timeZone) };
}
