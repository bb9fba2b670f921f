// The search language of the site, the API and the command line: words (all must occur), "phrases",
// -excluded words, OR between alternatives, and filters (quelle:/source:, rubrik:/category:,
// von:/bis: dates, sprache:/lang:). Pure: reading a query never touches the database.

/** Longest search text accepted, in characters (after trimming). */
export const SEARCH_MAX_CHARS = 200;
/** Most words and phrases in one query (each costs an index lookup). */
export const SEARCH_MAX_TERMS = 12;

/** A word or a phrase as typed; the index's analysis (stemming, folding) happens in the store. */
export type SearchTerm = { kind: 'word'; text: string } | { kind: 'phrase'; text: string };

/** What narrows a search besides its words; dates are whole days (YYYY-MM-DD, UTC), both inclusive. */
export interface SearchFilters {
  /** Source slugs or names (any of them). */
  sources: string[];
  /** Category slugs or names (any of them, with their subcategories). */
  categories: string[];
  from: string | null;
  until: string | null;
  /** A two-letter language code. */
  language: string | null;
}

/** A query read for searching: every group must match (a group is alternatives joined by OR), no excluded term may. */
export interface SearchQuery {
  /** The text as typed (whitespace collapsed), to show back. */
  text: string;
  groups: SearchTerm[][];
  excluded: SearchTerm[];
  filters: SearchFilters;
}

/** Why a text is not a query, as a stable code with what the message needs. */
export type SearchProblem =
  | { code: 'too_long'; max: number }
  | { code: 'too_many_terms'; max: number }
  | { code: 'unbalanced_quote' }
  | { code: 'empty_phrase' }
  | { code: 'misplaced_or' }
  | { code: 'only_exclusions' }
  | { code: 'empty_filter'; filter: string }
  | { code: 'bad_date'; filter: string; value: string }
  | { code: 'dates_reversed' }
  | { code: 'bad_language'; value: string }
  | { code: 'unknown_source'; value: string }
  | { code: 'unknown_category'; value: string };

/** The outcome of reading a search text. */
export type ReadSearch = { kind: 'empty' } | { kind: 'invalid'; text: string; problem: SearchProblem } | { kind: 'query'; query: SearchQuery };

type FilterKey = 'source' | 'category' | 'from' | 'until' | 'language';

const FILTER_KEYS: Record<string, FilterKey> = {
  quelle: 'source',
  source: 'source',
  rubrik: 'category',
  category: 'category',
  kategorie: 'category',
  von: 'from',
  from: 'from',
  ab: 'from',
  bis: 'until',
  until: 'until',
  to: 'until',
  sprache: 'language',
  lang: 'language',
  language: 'language',
};

const LANGUAGE_NAMES: Record<string, string> = { deutsch: 'de', german: 'de', englisch: 'en', english: 'en' };

// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** One lexical item of a query. */
type Item = { kind: 'or' } | { kind: 'term'; term: SearchTerm; negated: boolean } | { kind: 'filter'; key: FilterKey; name: string; value: string };

class Problem extends Error {
  constructor(readonly problem: SearchProblem) {
    super(problem.code);
  }
}

/** Reads a quoted stretch starting at `text[start] === '"'`; returns its content and the index after the closing quote. */
function readQuoted(text: string, start: number): { value: string; next: number } {
  const close = text.indexOf('"', start + 1);
  if (close < 0) throw new Problem({ code: 'unbalanced_quote' });
  return { value: text.slice(start + 1, close).trim(), next: close + 1 };
}

function lex(text: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    let negated = false;
    if (text[i] === '-' && i + 1 < text.length && text[i + 1] !== ' ') {
      negated = true;
      i++;
    }
    if (text[i] === '"') {
      const { value, next } = readQuoted(text, i);
      if (!value) throw new Problem({ code: 'empty_phrase' });
      items.push({ kind: 'term', term: { kind: 'phrase', text: value }, negated });
      i = next;
      continue;
    }
    let end = i;
    while (end < text.length && text[end] !== ' ' && text[end] !== '"') end++;
    const bare = text.slice(i, end);
    const filter = /^([a-zA-Z]+):(.*)$/.exec(bare);
    const key = filter ? FILTER_KEYS[filter[1]!.toLowerCase()] : undefined;
    if (filter && key && !negated) {
      let value = filter[2]!;
      if (value === '' && text[end] === '"') {
        const quoted = readQuoted(text, end);
        value = quoted.value;
        end = quoted.next;
      }
      if (!value) throw new Problem({ code: 'empty_filter', filter: filter[1]!.toLowerCase() });
      items.push({ kind: 'filter', key, name: filter[1]!.toLowerCase(), value });
    } else if (bare === 'OR' && !negated) {
      items.push({ kind: 'or' });
    } else if (bare !== '') {
      items.push({ kind: 'term', term: { kind: 'word', text: bare }, negated });
    } else if (text[end] === '"') {
      // A quote glued to a word ('Wort"'): the quotes do not pair up as the reader meant.
      throw new Problem({ code: 'unbalanced_quote' });
    }
    i = end;
  }
  return items;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const YEAR = /^\d{4}$/;

/** A date filter's value as YYYY-MM-DD: ISO days, German days (27.11.2026), or a year (its first or last day). */
function readDay(value: string, filter: string, end: 'first' | 'last'): string {
  let y: number, m: number, d: number;
  const iso = DAY.exec(value);
  const german = GERMAN_DAY.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (german) [y, m, d] = [Number(german[3]), Number(german[2]), Number(german[1])];
  else if (YEAR.test(value)) [y, m, d] = end === 'first' ? [Number(value), 1, 1] : [Number(value), 12, 31];
  else throw new Problem({ code: 'bad_date', filter, value });
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new Problem({ code: 'bad_date', filter, value });
  }
  return date.toISOString().slice(0, 10);
}

function readLanguage(value: string): string {
  const lower = value.toLowerCase();
  const code = LANGUAGE_NAMES[lower] ?? lower;
  if (!/^[a-z]{2}$/.test(code)) throw new Problem({ code: 'bad_language', value });
  return code;
}

function build(text: string, items: Item[]): SearchQuery {
  const filters: SearchFilters = { sources: [], categories: [], from: null, until: null, language: null };
  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let orPending = false;
  let lastWasPositive = false;
  for (const item of items) {
    if (item.kind === 'filter') {
      if (orPending) throw new Problem({ code: 'misplaced_or' });
      lastWasPositive = false;
      if (item.key === 'source') filters.sources.push(item.value);
      else if (item.key === 'category') filters.categories.push(item.value);
      else if (item.key === 'from') filters.from = readDay(item.value, item.name, 'first');
      else if (item.key === 'until') filters.until = readDay(item.value, item.name, 'last');
      else filters.language = readLanguage(item.value);
    } else if (item.kind === 'or') {
      if (!lastWasPositive || orPending) throw new Problem({ code: 'misplaced_or' });
      orPending = true;
    } else if (item.negated) {
      if (orPending) throw new Problem({ code: 'misplaced_or' });
      excluded.push(item.term);
      lastWasPositive = false;
    } else {
      if (orPending) groups.at(-1)!.push(item.term);
      else groups.push([item.term]);
      orPending = false;
      lastWasPositive = true;
    }
  }
  if (orPending) throw new Problem({ code: 'misplaced_or' });
  if (groups.length === 0 && excluded.length > 0) throw new Problem({ code: 'only_exclusions' });
  if (filters.from && filters.until && filters.from > filters.until) throw new Problem({ code: 'dates_reversed' });
  if (groups.flat().length + excluded.length > SEARCH_MAX_TERMS) throw new Problem({ code: 'too_many_terms', max: SEARCH_MAX_TERMS });
  return { text, groups, excluded, filters };
}

/**
 * Reads a search text: control characters removed, whitespace collapsed; an empty text is `empty`,
 * a text that is not a query (unbalanced quotes, a bad date, OR without two sides, …) is `invalid`
 * with the reason. Never throws.
 */
export function readSearch(raw: string | null | undefined): ReadSearch {
  const text = (raw ?? '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return { kind: 'empty' };
  if (text.length > SEARCH_MAX_CHARS) return { kind: 'invalid', text: text.slice(0, SEARCH_MAX_CHARS), problem: { code: 'too_long', max: SEARCH_MAX_CHARS } };
  try {
    const query = build(text, lex(text));
    if (query.groups.length === 0 && !hasFilter(query.filters)) return { kind: 'empty' };
    return { kind: 'query', query };
  } catch (error) {
    if (error instanceof Problem) return { kind: 'invalid', text, problem: error.problem };
    throw error;
  }
}

/** Whether any filter is set. */
export function hasFilter(filters: SearchFilters): boolean {
  return filters.sources.length > 0 || filters.categories.length > 0 || filters.from !== null || filters.until !== null || filters.language !== null;
}

/** The problem in plain English, for the API and the command line (the site has its own translations). */
export function describeSearchProblem(problem: SearchProblem): string {
  switch (problem.code) {
    case 'too_long':
      return `The search text is too long: at most ${problem.max} characters.`;
    case 'too_many_terms':
      return `Too many words: at most ${problem.max} words and phrases.`;
    case 'unbalanced_quote':
      return 'A quotation mark is not closed: put phrases between two quotation marks.';
    case 'empty_phrase':
      return 'A phrase between quotation marks is empty.';
    case 'misplaced_or':
      return 'OR must stand between two words or phrases.';
    case 'only_exclusions':
      return 'Excluded words (-word) need at least one word to search for.';
    case 'empty_filter':
      return `The filter ${problem.filter}: needs a value.`;
    case 'bad_date':
      return `The date "${problem.value}" after ${problem.filter}: is not a date: use YYYY-MM-DD, DD.MM.YYYY or a year.`;
    case 'dates_reversed':
      return 'The start date (von:/from:) is after the end date (bis:/until:).';
    case 'bad_language':
      return `"${problem.value}" is not a language: use a two-letter code such as de or en.`;
    case 'unknown_source':
      return `There is no source "${problem.value}".`;
    case 'unknown_category':
      return `There is no category "${problem.value}".`;
  }
}
