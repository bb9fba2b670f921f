import { ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS } from '../text/function-words.ts';
import { normaliseNumber } from '../text/numbers.ts';
import { stem } from '../text/stem.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { conceptOf } from './bilingual.ts';

/** Term counts: a sparse vector before weighting. */
export type Counts = Map<string, number>;

/** The sub-vectors of one article (after Miranda et al. 2018): title, body, and the name-like anchors. */
export interface ArticleFeatures {
  lang: string;
  title: Counts;
  body: Counts;
  /** Names (capitalised words that are not at a sentence start) and numbers: the words that cross languages. */
  anchors: Counts;
  /** Every term of title and body, for the cross-language comparison. */
  all: Counts;
}

// German capitalises every noun, so a capital alone does not make a name there. Words with these common
// noun endings are taken for nouns; names rarely end so.
const GERMAN_NOUN_ENDING = /(ung|heit|keit|schaft|tion|tät|ismus|nis|tum|ment|chen|lein|ei|ie|ik|ur|enz|anz|ität|ium|stelle|werk|zeit|land|haus|amt|rat|markt|platz|straße|stadt|tag|jahr|woche|monat|preis|geld|zahl)$/;

// Capitalised in both languages (or as German nouns) yet no names: days, months and the units news counts in.
const NOT_NAMES: ReadonlySet<string> = new Set(`
montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday saturday
sunday januar februar märz april mai juni juli august september oktober november dezember january february
march june july october december prozent euro uhr jahr jahre jahren jährige jährigen monat monate woche wochen
tag tage tagen stunde stunden minute minuten kilometer meter grad menschen mann frau
`.trim().split(/\s+/));

function isFunctionWord(lower: string): boolean {
  return GERMAN_FUNCTION_WORDS.has(lower) || ENGLISH_FUNCTION_WORDS.has(lower);
}

function looksLikeName(token: Token, lang: string): boolean {
  if (!token.capitalised || token.sentenceStart) return false;
  const lower = token.text.toLowerCase();
  if (isFunctionWord(lower) || NOT_NAMES.has(lower)) return false;
  if (token.text.length > 1 && token.text === token.text.toUpperCase()) return true; // EU, SPD, ECB
  return lang !== 'de' || !GERMAN_NOUN_ENDING.test(lower);
}

function add(counts: Counts, term: string, by = 1): void {
  counts.set(term, (counts.get(term) ?? 0) + by);
}

/** The terms of a token: a number in one form, a known concept, or the stemmed word; null for function words. */
function termOf(token: Token, lang: string): string | null {
  if (token.kind === 'number') return `#${normaliseNumber(token.text, lang)}`;
  const lower = token.text.toLowerCase();
  if (lower.length < 2 || isFunctionWord(lower)) return null;
  const stemmed = stem(lower, lang);
  return conceptOf(stemmed, lang) ?? stemmed;
}

// A day of the month ("am 1. Juli") dates an event but does not tell two events apart.
function isOrdinalDay(token: Token, text: string): boolean {
  return /^\d{1,2}$/.test(token.text) && text[token.start + token.text.length] === '.' && text[token.start + token.text.length + 1] === ' ';
}

function collect(text: string, lang: string, terms: Counts, anchors: Counts): void {
  for (const token of tokenize(text)) {
    const term = termOf(token, lang);
    if (!term) continue;
    add(terms, term);
    // Listed concepts are common words by construction, never names.
    const anchor = token.kind === 'number' ? !isOrdinalDay(token, text) : !term.startsWith('@') && looksLikeName(token, lang);
    if (anchor) add(anchors, term);
  }
}

/** Turns an article into the term counts the story clustering compares. */
export function articleFeatures(title: string, text: string, lang: string): ArticleFeatures {
  const features: ArticleFeatures = { lang, title: new Map(), body: new Map(), anchors: new Map(), all: new Map() };
  collect(title, lang, features.title, features.anchors);
  collect(text, lang, features.body, features.anchors);
  for (const counts of [features.title, features.body]) for (const [term, n] of counts) add(features.all, term, n);
  return features;
}

/** How often each running sum was added to: what is computed from a sum holds for one revision (weights.ts). */
const revisions = new WeakMap<Counts, number>();

/** The revision of a count vector: 0 until something is added to it with addCounts. */
export function revisionOf(counts: Counts): number {
  return revisions.get(counts) ?? 0;
}

/** Adds counts into a running sum (a story's vector). */
export function addCounts(into: Counts, from: Counts): void {
  for (const [term, n] of from) add(into, term, n);
  revisions.set(into, revisionOf(into) + 1);
}
