// Dates in feeds: ISO 8601 / RFC 3339 (Atom, JSON Feed, dc:date) and RFC 822 / 1123 (RSS pubDate),
// the latter often with odd zones, German month and weekday names or no zone at all. A date without
// a zone is taken as UTC, as other feed readers do. Output is always ISO 8601 in UTC.

const ISO_RE =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:(?:T|\s+|T\s*)(\d{1,2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Minutes east of UTC for the named zones seen in feeds (English and German). */
const NAMED_ZONES = new Map<string, number>(Object.entries({
  z: 0, gmt: 0, ut: 0, utc: 0, wet: 0, bst: 60, west: 60, cet: 60, mez: 60, met: 60,
  cest: 120, mesz: 120, mest: 120, eet: 120, eest: 180, msk: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, jst: 540, aest: 600, aedt: 660,
}));

const MONTH_NAMES: Array<[number, string]> = [
  [1, 'jan january januar janner jän jänner'], [2, 'feb february februar feber'],
  [3, 'mar march mär märz marz maerz mrz'], [4, 'apr april'], [5, 'may mai'], [6, 'jun june juni'],
  [7, 'jul july juli'], [8, 'aug august'], [9, 'sep sept september'], [10, 'oct okt october oktober'],
  [11, 'nov november'], [12, 'dec dez december dezember'],
];
const MONTHS = new Map(MONTH_NAMES.flatMap(([n, names]) => names.split(' ').map((name) => [name, n] as const)));

const IGNORED_WORDS = new Set(
  ('mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday ' +
    'mo montag di dienstag mi mittwoch do donnerstag fr freitag sa samstag sonnabend so sonntag ' +
    'um uhr am den the of at on')
    .split(' '),
);

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  offsetMinutes: number;
}

/** Parses a date as feeds write it; returns ISO 8601 in UTC (`2024-10-23T08:15:00.000Z`) or null. */
export function parseFeedDate(input: string | null | undefined): string | null {
  if (input == null) return null;
  const text = input.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text) return null;
  const parts = parseRfc822(text) ?? parseIso(text) ?? parseLoose(text);
  return parts ? toIso(parts) : null;
}

function toIso(p: DateParts): string | null {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return null;
  if (p.hour > 24 || p.minute > 59 || p.second > 60) return null;
  const check = new Date(Date.UTC(p.year, p.month - 1, p.day));
  if (check.getUTCDate() !== p.day) return null; // 31 February and the like
  const ms =
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, Math.min(p.second, 59), p.millis) - p.offsetMinutes * 60_000;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return Number.isNaN(ms) || year < 1 || year > 9999 ? null : date.toISOString();
}

/** Offset in minutes of a numeric zone such as "+0200", "+02:00", "-5" or "+530"; null if it is not one. */
export function numericOffset(zone: string): number | null {
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone) ?? /^([+-])(\d)(\d{2})$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return null;
  return m[1] === '-' ? -minutes : minutes;
}

function zoneOffset(token: string): number | null {
  const t = token.toLowerCase();
  const named = NAMED_ZONES.get(t);
  if (named !== undefined) return named;
  // RFC 2822 §4.3: the single-letter military zones were defined wrongly in RFC 822; read them as UTC.
  if (/^[a-ik-y]$/.test(t)) return 0;
  const glued = /^(?:gmt|utc|ut)([+-].+)$/.exec(t);
  return numericOffset(glued ? glued[1]! : t);
}

// The usual RSS form, "Wed, 23 Oct 2024 08:15:00 +0200": one anchored match instead of the loose
// tokenizer. Anything it does not take (other words, orders or zones) goes to the loose parser, which
// reads this form the same way.
const RFC822_RE = /^(?:([A-Za-z]{3}), ?)?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|[A-Za-z]{1,4})$/;
const RFC822_WEEKDAYS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

function parseRfc822(text: string): DateParts | null {
  const m = RFC822_RE.exec(text);
  if (!m) return null;
  if (m[1] !== undefined && !RFC822_WEEKDAYS.has(m[1].toLowerCase())) return null;
  const month = MONTHS.get(m[3]!.toLowerCase());
  const zone = m[8]!;
  const offset = zone[0] === '+' || zone[0] === '-' ? numericOffset(zone) : NAMED_ZONES.get(zone.toLowerCase());
  if (month === undefined || offset == null) return null;
  return {
    year: Number(m[4]),
    month,
    day: Number(m[2]),
    hour: Number(m[5]),
    minute: Number(m[6]),
    second: Number(m[7] ?? 0),
    millis: 0,
    offsetMinutes: offset,
  };
}

function parseIso(text: string): DateParts | null {
  const m = ISO_RE.exec(text);
  if (!m) return null;
  const zone = m[8];
  const offset = zone ? zoneOffset(zone) : 0;
  if (offset === null) return null;
  return {
    year: Number(m[1]),
    month: Number(m[2] ?? 1),
    day: Number(m[3] ?? 1),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    millis: m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0,
    offsetMinutes: offset,
  };
}

const TIME_RE = /(?:^|[\s,T])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(a\.?m\.?|p\.?m\.?)?(?=$|[\s,+\-zZ]|[a-zA-Z]{2,})/i;

interface LooseState {
  numbers: Array<{ value: number; digits: number; sep: string }>;
  month: number | null;
  offset: number | null;
  unknownWords: number;
}

/** RFC 822 and friends: finds the time, the zone, a month name and the numbers, in whatever order. */
function parseLoose(text: string): DateParts | null {
  let rest = text.replace(/\([^)]*\)/g, ' ');
  const time = TIME_RE.exec(rest);
  let hour = 0, minute = 0, second = 0, millis = 0;
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? 0);
    millis = time[4] ? Math.round(Number(`0.${time[4]}`) * 1000) : 0;
    const meridiem = time[5]?.[0]?.toLowerCase();
    if (meridiem && hour > 12) return null;
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
    rest = rest.slice(0, time.index) + ' ' + rest.slice(time.index + time[0].length);
  }
  const state: LooseState = { numbers: [], month: null, offset: null, unknownWords: 0 };
  for (const token of rest.split(/[\s,]+/)) if (token) readToken(token, state, time !== null);
  if (state.unknownWords > 2) return null;
  const date = datePart(state);
  if (!date) return null;
  return { ...date, hour, minute, second, millis, offsetMinutes: state.offset ?? 0 };
}

function readToken(token: string, state: LooseState, hasTime: boolean): void {
  if (hasTime && state.offset === null) {
    const offset = zoneOffset(token);
    // A bare "-5" could also be a date fragment; only accept signed numbers once the time is known.
    if (offset !== null) {
      state.offset = offset;
      return;
    }
  }
  const sep = /[-/.]/.exec(token.replace(/\.$/, ''))?.[0] ?? ' ';
  for (const piece of token.split(/[-/.]+/)) {
    if (!piece) continue;
    if (/^\d+$/.test(piece)) {
      state.numbers.push({ value: Number(piece), digits: piece.length, sep });
      continue;
    }
    const word = piece.toLowerCase();
    const month = MONTHS.get(word);
    if (month !== undefined && state.month === null) state.month = month;
    else if (!IGNORED_WORDS.has(word)) state.unknownWords++;
  }
}

function fullYear(n: { value: number; digits: number }): number {
  // RFC 2822 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx.
  if (n.digits <= 2) return n.value < 50 ? 2000 + n.value : 1900 + n.value;
  return n.value;
}

function datePart(state: LooseState): { year: number; month: number; day: number } | null {
  const nums = state.numbers;
  if (state.month !== null) {
    if (nums.length !== 2) return null;
    const [a, b] = nums as [LooseState['numbers'][0], LooseState['numbers'][0]];
    return a.digits === 4 ? { year: a.value, month: state.month, day: b.value } : { year: fullYear(b), month: state.month, day: a.value };
  }
  if (nums.length !== 3) return null;
  const [a, b, c] = nums as [LooseState['numbers'][0], LooseState['numbers'][0], LooseState['numbers'][0]];
  if (a.digits === 4) return { year: a.value, month: b.value, day: c.value };
  // German "23.10.2024" is day first; "10/23/2024" is the US order unless the first number cannot be a month.
  if (a.sep === '/' && a.value <= 12) return { year: fullYear(c), month: a.value, day: b.value };
  return { year: fullYear(c), month: b.value, day: a.value };
}
