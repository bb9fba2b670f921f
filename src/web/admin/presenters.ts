import type { Context } from 'hono';
import type { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../services/accounts/deps.ts';
import type { FeedHealth } from '../../services/feeds/manage-feeds.ts';
import type { FetchDay } from '../../services/feeds/feed-history.ts';
import type { AdminMessages } from './i18n/index.ts';
import type { FetchDayView, SparkBar } from './views/charts.tsx';

/** Who is acting in this request, for the audit log (the gate guarantees a session on admin actions). */
export function actorOf(c: Context): Actor {
  const admin = c.get('admin');
  const user = admin.session?.user;
  return { userId: user?.id ?? null, name: user?.name ?? 'anonymous', address: admin.address };
}

/** A numeric id from the path, or null for anything else (then the page is 404). */
export function pathId(value: string | undefined): number | null {
  return value && /^[1-9]\d{0,15}$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : null;
}

/** The interface language and the site's time zone (PRESSESCHAU_TIME_ZONE): the request's `siteUi` fits. */
export interface AdminLocale {
  language: string;
  timeZone: string;
}

/** A stored time as the admin reads it: date and time in the site's time zone, in the interface language. */
export function formatWhen(iso: string | null, locale: AdminLocale, never: string): string {
  if (!iso) return never;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return never;
  return new Intl.DateTimeFormat(locale.language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: locale.timeZone }).format(date);
}

/** One feed's row in the health table: every value already in words. */
export interface FeedRowView {
  id: number;
  url: string;
  title: string;
  status: string;
  failing: boolean;
  paused: boolean;
  lastFetch: { iso: string | null; text: string };
  nextCheck: { iso: string | null; text: string };
  errorCount: number;
  /** The last error in plain words, with the technical detail kept for the admin. */
  error: string | null;
  perDay: string;
  /** New articles per day over the health window, as a chart. */
  perDayChart: { bars: SparkBar[]; label: string };
}

/** Presents a feed's health for the table. */
export function presentFeedRow(feed: FeedHealth, m: AdminMessages, locale: AdminLocale): FeedRowView {
  const { language } = locale;
  const failing = feed.errorCount > 0 || feed.lastError !== null;
  const status = feed.disabled ? m.statusPaused : feed.lastCheckedAt === null ? m.statusNew : failing ? m.statusFailing : m.statusOk;
  return {
    id: feed.id,
    url: feed.url,
    title: feed.title ?? feed.url,
    status,
    failing,
    paused: feed.disabled,
    lastFetch: { iso: feed.lastCheckedAt, text: formatWhen(feed.lastCheckedAt, locale, m.never) },
    nextCheck: feed.disabled ? { iso: null, text: '–' } : { iso: feed.nextCheckAt, text: formatWhen(feed.nextCheckAt, locale, m.never) },
    errorCount: feed.errorCount,
    error: feed.lastErrorMessage ?? feed.lastError,
    perDay: feed.itemsPerDay.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }),
    perDayChart: {
      bars: feed.itemsByDay.map((value, i) => ({ value, label: `${dayLabel(feed.itemsDays[i] ?? '', language)}: ${value}` })),
      label: `${m.itemsChart}: ${feed.itemsByDay.join(', ')}`,
    },
  };
}

/** A local date `YYYY-MM-DD` as a short day for a chart: "Mo., 23.11." / "Mon 23/11". */
export function dayLabel(day: string, language: string): string {
  const [y, mo, d] = day.split('-').map(Number);
  if (!y || !mo || !d) return day;
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, mo - 1, d)));
}

/** The site's refreshes of one day for the dashboard chart; "not modified" answers count as succeeded. */
export function presentFetchDay(day: FetchDay, m: AdminMessages, language: string): FetchDayView {
  const label = dayLabel(day.day, language);
  const ok = day.updated + day.notModified;
  return { label, ok, failed: day.failed, summary: `${label}: ${ok} ${m.fetchChartOk}, ${day.failed} ${m.fetchChartFailed}` };
}

/**
 * An input error in the interface language: the plain words for its stable code, then the technical
 * detail (which names the value that did not fit) in brackets, as the feed errors are shown.
 */
export function explainError(error: AppError, m: AdminMessages): string {
  const detail = error.message.replace(/^\w+: /, '');
  const plain = m.errorReasons[error.code];
  return plain ? `${plain} (${detail})` : detail;
}
