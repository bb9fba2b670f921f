/** The zone in which the site reckons calendar days and shows exact times, for both languages. */
export const SITE_TIME_ZONE = 'Europe/Berlin';

const dayParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date of an instant in the site's zone, as year, month (1–12) and day. */
export function calendarDate(instant: Date): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(dayParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** Whole calendar days from `earlier` to `later` in the site's zone (0 on the same day). */
export function calendarDaysBetween(earlier: Date, later: Date): number {
  const a = calendarDate(earlier);
  const b = calendarDate(later);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** Whole calendar months from `earlier` to `later`, not counting a month that is not complete yet. */
export function calendarMonthsBetween(earlier: Date, later: Date): number {
  const a = calendarDate(earlier);
  const b = calendarDate(later);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  return b.day < a.day ? months - 1 : months;
}
