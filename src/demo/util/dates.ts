/** The publication date of an article published `offsetHours` before `now`, rounded to whole minutes. */
export function dateBefore(now: Date, offsetHours: number): Date {
  const minute = 60_000;
  return new Date(Math.round((now.getTime() - offsetHours * 3_600_000) / minute) * minute);
}

const berlinOffsetFormat = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });

/** The UTC offset of German local time at `date` in minutes (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(date: Date): number {
  const name = berlinOffsetFormat.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  offset: number;
}

/** Wall-clock parts of `date` in German local time. */
function berlinParts(date: Date): LocalParts {
  const offset = berlinOffsetMinutes(date);
  const local = new Date(date.getTime() + offset * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
    offset,
  };
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number, separator: string): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${separator}${pad(Math.abs(minutes) % 60)}`;
}

/** ISO 8601 in German local time with its offset, e.g. "2025-10-06T14:32:00+02:00". */
export function isoBerlin(date: Date): string {
  const p = berlinParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${offsetText(p.offset, ':')}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date in German local time with a numeric zone, e.g. "Mon, 06 Oct 2025 14:32:00 +0200". */
export function rfc822Berlin(date: Date): string {
  const p = berlinParts(date);
  return `${DAYS[p.weekday]}, ${pad(p.day)} ${MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} ${offsetText(p.offset, '')}`;
}

/** German short display date, e.g. "06.10.2025, 14:32 Uhr". */
export function germanDateTime(date: Date): string {
  const p = berlinParts(date);
  return `${pad(p.day)}.${pad(p.month)}.${p.year}, ${pad(p.hour)}:${pad(p.minute)} Uhr`;
}

const GERMAN_MONTHS = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
];

/** German long display date, e.g. "6. Oktober 2025". */
export function germanLongDate(date: Date): string {
  const p = berlinParts(date);
  return `${p.day}. ${GERMAN_MONTHS[p.month - 1]} ${p.year}`;
}
