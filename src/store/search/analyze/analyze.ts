import { compoundParts } from './compounds.ts';
import { plainLetters } from './fold.ts';
import { stemEnglish } from './stem-english.ts';
import { stemGerman } from './stem-german.ts';
import { words } from './tokens.ts';

/** How the words of a text are reduced to index terms: German, English, or only folded (any other language). */
export type Analyzer = 'de' | 'en' | 'plain';

/** Every analyzer, in the order a query word's alternatives are built. */
export const ANALYZERS: readonly Analyzer[] = ['de', 'en', 'plain'];

/**
 * The analyzer for an article's language tag: German for `de…` and for articles of unknown language
 * (the site is German first), English for `en…`, folding only for every other language.
 */
export function analyzerFor(language: string | null | undefined): Analyzer {
  const primary = (language ?? '').toLowerCase().split('-')[0];
  if (primary === '' || primary === 'de') return 'de';
  if (primary === 'en') return 'en';
  return 'plain';
}

// Stemming is the cost of indexing: the same words come again and again, so their terms are kept.
const CACHE_LIMIT = 100_000;
const caches: Record<Analyzer, Map<string, string>> = { de: new Map(), en: new Map(), plain: new Map() };

function computeTerm(word: string, analyzer: Analyzer): string {
  if (analyzer === 'de') return plainLetters(stemGerman(word));
  if (analyzer === 'en') return stemEnglish(plainLetters(word));
  return plainLetters(word);
}

/** The index term of one lower-case word under an analyzer ("Soldaten" → "soldat" in German). */
export function termOf(word: string, analyzer: Analyzer): string {
  const cache = caches[analyzer];
  let term = cache.get(word);
  if (term === undefined) {
    term = computeTerm(word, analyzer);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, term);
  }
  return term;
}

/** The index terms of a text, in order (so phrases can be matched). */
export function termsOf(text: string, analyzer: Analyzer): string[] {
  return words(text).map((w) => termOf(w, analyzer));
}

const compoundCache = new Map<string, readonly string[]>();

/** The terms of one lower-case German word's compound parts (none for a word that is not a compound), remembered. */
export function compoundTerms(word: string): readonly string[] {
  let terms = compoundCache.get(word);
  if (terms === undefined) {
    terms = compoundParts(word).map((part) => termOf(part, 'de'));
    if (compoundCache.size >= CACHE_LIMIT) compoundCache.clear();
    compoundCache.set(word, terms);
  }
  return terms;
}

/** The terms of the parts of the text's German compounds ("Bundesregierung" → "bund", "regier"), once each. */
export function compoundTermsOf(text: string, analyzer: Analyzer): string[] {
  return analyzer === 'de' ? compoundTermsOfWords(words(text)) : [];
}

/** {@link compoundTermsOf} of words already split, in text order. */
function compoundTermsOfWords(textWords: readonly string[]): string[] {
  const parts = new Set<string>();
  for (const word of new Set(textWords)) {
    for (const term of compoundTerms(word)) parts.add(term);
  }
  return [...parts];
}

/** What the index holds for one article: title terms, body terms (lead and text), and compound-part terms. */
export interface IndexedText {
  title: string;
  body: string;
  parts: string;
}

/** The index terms of an article, as space-separated strings (the same on SQLite and PostgreSQL). */
export function indexedText(article: { title: string; lead: string | null; bodyText: string; language: string | null }): IndexedText {
  const analyzer = analyzerFor(article.language);
  // Each text is split once: its words give the terms and, title and body in order, the compound parts.
  const titleWords = words(article.title);
  const bodyWords = words(`${article.lead ?? ''}\n${article.bodyText}`);
  return {
    title: titleWords.map((w) => termOf(w, analyzer)).join(' '),
    body: bodyWords.map((w) => termOf(w, analyzer)).join(' '),
    parts: analyzer === 'de' ? compoundTermsOfWords([...titleWords, ...bodyWords]).join(' ') : '',
  };
}
