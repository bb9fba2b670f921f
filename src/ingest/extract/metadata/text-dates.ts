// Dates as people read them on a page: "12.03.2021, 14:05 Uhr", "12. März 2021", "March 12th, 2021",
// "12 Mar 2021", "2021-03-12". Times without zone are taken as UTC, like everywhere in the metadata.

const MONTHS: Array<[RegExp, number]> = [
  [/^(?:jan(?:uary|uar)?|jän(?:ner)?)$/, 1],
  [/^feb(?:ruary|ruar)?$/, 2],
  [/^(?:mar(?:ch)?|mär(?:z)?|mrz)$/, 3],
  [/^apr(?:il)?$/, 4],
  [/^(?:may|mai)$/, 5],
  [/^jun(?:e|i)?$/, 6],
  [/^jul(?:y|i)?$/, 7],
  [/^aug(?:ust)?$/, 8],
  [/^sep(?:t(?:ember)?)?$/, 9],
  [/^(?:oct(?:ober)?|okt(?:ober)?)$/, 10],
  [/^nov(?:ember)?$/, 11],
  [/^(?:dec(?:ember)?|dez(?:ember)?)$/, 12],
];

const MONTH_WORD = '(jan(?:uary|uar)?|jän(?:ner)?|feb(?:ruary|ruar)?|mar(?:ch)?|mär(?:z)?|mrz|apr(?:il)?|may|mai|june?|juni|july?|juli|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)\\.?';
const TIME = '(?:,?\\s*(?:um|at|-|–|·)?\\s*(\\d{1,2})[:.](\\d{2})(?:\\s*(am|pm|a\\.m\\.|p\\.m\\.))?(?:\\s*uhr)?)?';
const YEAR = '((?:19|20)\\d{2})';

// Each pattern names where day, month, year and the optional hour, minute and am/pm are.
const PATTERNS: Array<{ re: RegExp; d: number; m: number; y: number; h: number }> = [
  // 2021-03-12, 2021-03-12T14:05 (ISO in running text)
  { re: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})()?)?`, 'giu'), y: 1, m: 2, d: 3, h: 4 },
  // 12.03.2021, 12. 03. 2021, 12.03.2021 14:05 Uhr
  { re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?${YEAR}(?!\\d)${TIME}`, 'giu'), d: 1, m: 2, y: 3, h: 4 },
  // 12. März 2021, 12 March 2021, 12th Mar, 2021
  { re: new RegExp(`(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+${YEAR}(?!\\d)${TIME}`, 'giu'), d: 1, m: 2, y: 3, h: 4 },
  // March 12, 2021, Mar 12th 2021
  { re: new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}(?!\\d)${TIME}`, 'giu'), m: 1, d: 2, y: 3, h: 4 },
  // 2021/03/12
  { re: new RegExp(`\\b${YEAR}/(\\d{1,2})/(\\d{1,2})\\b`, 'giu'), y: 1, m: 2, d: 3, h: 0 },
  // 12.03.21 (short year, German date lines)
  { re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])${TIME}`, 'giu'), d: 1, m: 2, y: 3, h: 4 },
];

// Words that announce the publication date (rather than a later change).
const PUBLISHED_CUE = /(?:veröffentlicht|publiziert|erschienen|erstellt|published|posted|created|originally)/iu;

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (/^\d+$/.test(w)) return Number(w);
  return MONTHS.find(([re]) => re.test(w))?.[1] ?? null;
}

/** A date found in a text: the instant, and where its words start and end. */
export interface Found {
  iso: string;
  index: number;
  end: number;
}

function build(match: RegExpExecArray, p: (typeof PATTERNS)[number]): string | null {
  const day = Number(match[p.d]);
  const month = monthNumber(match[p.m] ?? '');
  const written = Number(match[p.y]);
  // A two-digit year is of this century unless that would put it in the future.
  const year = written >= 100 ? written : written + (2000 + written > new Date().getUTCFullYear() ? 1900 : 2000);
  if (!month || month > 12 || day < 1 || day > 31) return null;
  let hour = p.h ? Number(match[p.h] ?? 0) : 0;
  const minute = p.h ? Number(match[p.h + 1] ?? 0) : 0;
  const half = p.h ? match[p.h + 2]?.toLowerCase() : undefined;
  if (half?.startsWith('p') && hour < 12) hour += 12;
  if (half?.startsWith('a') && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls 31 April over to 1 May; such a date is no date.
  if (new Date(ms).getUTCDate() !== day) return null;
  return new Date(ms).toISOString();
}

/** Every date written in a text, in reading order. */
export function datesInText(text: string): Found[] {
  const found: Found[] = [];
  // A text without a four-digit year or a dotted date holds no date (most texts asked about).
  if (!/\d{4}|\d\.\d{2}/.test(text)) return [];
  for (const p of PATTERNS) {
    const re = p.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const iso = build(m, p);
      if (iso && !found.some((f) => f.index <= m!.index && m!.index < f.index + 10)) found.push({ iso, index: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The publication date written in a short text such as a byline or a date line ("Stand: 12.03.2021,
 * 14:05 Uhr", "Published 12 March 2021 · Updated 14 March 2021"): the date after a word announcing
 * publication when there is one, else the first date (a date line starts with the publication).
 */
export function dateInText(text: string): string | null {
  const found = datesInText(text);
  if (found.length === 0) return null;
  const before = (f: Found) => text.slice(Math.max(0, f.index - 30), f.index);
  return (found.find((f) => PUBLISHED_CUE.test(before(f))) ?? found[0]!).iso;
}
