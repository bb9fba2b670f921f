import { addDays, daysInMonth, isCalendarDay, startOfDay, zonedDay, type CalendarDay } from '../../domain/zoned-time.ts';
import type { Ui } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { archivePath } from '../urls.ts';
import type { LinkView } from './card.ts';

/** A period of the date archive: a year, a month of it, or a day of that. */
export type ArchivePeriod = { year: number; month?: undefined; day?: undefined } | { year: number; month: number; day?: number };

/**
 * The period named by the archive's path segments ("2026", "11", "27"), or null when they name no
 * real date (month 13, 31 February, year 0). The route's patterns already fixed the digit counts.
 */
export function parsePeriod(year: string, month?: string, day?: string): ArchivePeriod | null {
  const y = Number(year);
  const m = month === undefined ? 1 : Number(month);
  const d = day === undefined ? 1 : Number(day);
  if (!isCalendarDay({ year: y, month: m, day: d })) return null;
  if (month === undefined) return { year: y };
  return day === undefined ? { year: y, month: m } : { year: y, month: m, day: d };
}

/** The instants a period covers in the site's zone: from its first local midnight up to (not including) the next period's. */
export function periodRange(period: ArchivePeriod, timeZone: string): { from: Date; until: Date } {
  const first: CalendarDay = { year: period.year, month: period.month ?? 1, day: period.day ?? 1 };
  let next: CalendarDay;
  if (period.day !== undefined) next = addDays(first, 1);
  else if (period.month !== undefined) next = addDays(first, daysInMonth(period.year, period.month));
  else next = { year: period.year + 1, month: 1, day: 1 };
  return { from: startOfDay(first, timeZone), until: startOfDay(next, timeZone) };
}

/** The path of a period's page. */
export function periodPath(period: ArchivePeriod): string {
  return archivePath(period.year, period.month, period.day);
}

function monthName(year: number, month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** How a period is named: "2026", "November 2026", "27. November 2026" / "27 November 2026". */
export function periodName(period: ArchivePeriod, locale: string): string {
  if (period.month === undefined) return String(period.year);
  const date = new Date(Date.UTC(period.year, period.month - 1, period.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    period.day === undefined ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** Whether any of the period lies between the archive's first article and now (pages outside are 404). */
export function periodIsOpen(period: ArchivePeriod, first: Date, now: Date, timeZone: string): boolean {
  const { from, until } = periodRange(period, timeZone);
  return from <= now && until > first;
}

/** The archive's trail: Archive › year › month › day, the last one being the current page (no link). */
export function presentTrail(period: ArchivePeriod | null, ui: Ui): Array<LinkView & { current: boolean }> {
  const locale = ui.messages.locale;
  const trail: Array<LinkView & { current: boolean }> = [{ href: archivePath(), text: ui.messages.archiveTitle, current: period === null }];
  if (!period) return trail;
  trail.push({ href: archivePath(period.year), text: String(period.year), current: period.month === undefined });
  if (period.month !== undefined) {
    trail.push({ href: archivePath(period.year, period.month), text: monthName(period.year, period.month, locale), current: period.day === undefined });
  }
  if (period.month !== undefined && period.day !== undefined) {
    trail.push({ href: archivePath(period.year, period.month, period.day), text: String(period.day), current: true });
  }
  return trail;
}

/** Links to the parts of a period that have begun and lie after the first article: a year's months, a month's days. */
export function presentParts(period: ArchivePeriod, first: Date, ui: Ui): { label: string; links: LinkView[] } | null {
  if (period.day !== undefined) return null;
  const parts: ArchivePeriod[] =
    period.month === undefined
      ? Array.from({ length: 12 }, (_, i) => ({ year: period.year, month: i + 1 }))
      : Array.from({ length: daysInMonth(period.year, period.month) }, (_, i) => ({ year: period.year, month: period.month, day: i + 1 }));
  const open = parts.filter((p) => periodIsOpen(p, first, ui.now, ui.timeZone));
  const locale = ui.messages.locale;
  const name = (p: ArchivePeriod) => (p.day !== undefined ? periodName(p, locale) : monthName(p.year, p.month!, locale));
  return {
    label: fill(period.month === undefined ? ui.messages.archiveMonthsOf : ui.messages.archiveDaysOf, { period: periodName(period, locale) }),
    links: open.map((p) => ({ href: periodPath(p), text: name(p) })),
  };
}

/** The years from the first article's to now's, newest first, for the archive's index. */
export function archiveYears(first: Date, now: Date, timeZone: string): number[] {
  const from = zonedDay(first, timeZone).year;
  const to = zonedDay(now, timeZone).year;
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => to - i);
}
