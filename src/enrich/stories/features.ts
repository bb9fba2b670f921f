import { ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS } from '../text/function-words.ts';
import { normaliseNumber } from '../text/numbers.ts';
import { stem } from '../text/stem.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { conceptOf } from './bilingual.ts';

/**
 * Terms interned to small integers, so that counts, document frequencies and weights are found by number
 * instead of hashing strings (a string-keyed lookup per term and candidate story was most of the
 * clustering's time). Ids are dense, given in order of first sight, and never reused; the clusterer owns
 * one dictionary for all its vectors.
 */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Per language, what a token's text comes to (see `collect`): looked up instead of stemmed again. */
  private readonly byText = new Map<string, Map<string, number>>();

  /** The id of a term, given on first sight. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
    }
    return id;
  }

  /** The term of an id. */
  term(id: number): string {
    const term = this.terms[id];
    if (term === undefined) throw new RangeError(`stories: no term has the id ${id}`);
    return term;
  }

  /** The token-text cache of a language (kept by the dictionary, since it holds the dictionary's ids). */
  textCache(lang: string): Map<string, number> {
    let cache = this.byText.get(lang);
    if (!cache) this.byText.set(lang, (cache = new Map()));
    else if (cache.size >= TEXT_CACHE_LIMIT) cache.clear();
    return cache;
  }

  /** How many terms have ids (every id is below this). */
  get size(): number {
    return this.terms.length;
  }
}

const TEXT_CACHE_LIMIT = 200_000;

// Fibonacci hashing of term ids into a table of 2^k slots: consecutive ids spread over the table.
const GOLDEN = 0x9e3779b1;

/**
 * Term counts: a sparse vector before weighting, keyed by term id. Terms keep the order they were first
 * added in (as a Map's keys did), so sums over a vector are taken in the same order as before interning
 * and give the same floating-point results to the last bit.
 */
export class Counts {
  /** Term ids in order of first addition; only the first `size` are used. */
  ids = new Int32Array(8);
  /** The count of each term, beside its id; always ≥ 1. */
  counts = new Int32Array(8);
  size = 0;
  /** How often addCounts added to this vector: what is computed from a sum holds for one revision (weights.ts). */
  revision = 0;
  /**
   * Open addressing with linear probing: position + 1 of an id's entry, 0 for an empty slot; at most
   * half full. Two bytes a slot while positions fit (nearly every vector: the slots were the largest
   * part of the stories' memory), four beyond.
   */
  private slots: Uint16Array | Int32Array = new Uint16Array(16);
  private shift = 28;

  /** The count of a term, 0 when absent. */
  get(id: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let s = Math.imul(id, GOLDEN) >>> this.shift; ; s = (s + 1) & mask) {
      const at = slots[s]!;
      if (at === 0) return 0;
      if (this.ids[at - 1] === id) return this.counts[at - 1]!;
    }
  }

  /** Whether the term occurs. */
  has(id: number): boolean {
    return this.get(id) !== 0;
  }

  /** Adds `by` to a term's count, appending the term when new. */
  add(id: number, by = 1): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = Math.imul(id, GOLDEN) >>> this.shift;
    for (; ; s = (s + 1) & mask) {
      const at = slots[s]!;
      if (at === 0) break;
      if (this.ids[at - 1] === id) {
        this.counts[at - 1]! += by;
        return;
      }
    }
    if (this.size === this.ids.length) {
      this.ids = grown(this.ids, this.size);
      this.counts = grown(this.counts, this.size);
    }
    this.ids[this.size] = id;
    this.counts[this.size] = by;
    this.size++;
    slots[s] = this.size;
    if (this.size * 2 > slots.length) this.rehash();
  }

  /** A vector of its own with the same terms, counts and order. */
  copy(): Counts {
    const out = new Counts();
    out.reserve(this.size);
    for (let i = 0; i < this.size; i++) out.add(this.ids[i]!, this.counts[i]!);
    return out;
  }

  /**
   * Makes room for `total` terms at once, so that a vector filled from another one (a new story from
   * its first article) takes the places it needs instead of doubling up to them.
   */
  reserve(total: number): void {
    if (total > this.ids.length) {
      const ids = new Int32Array(total);
      ids.set(this.ids.subarray(0, this.size));
      const counts = new Int32Array(total);
      counts.set(this.counts.subarray(0, this.size));
      this.ids = ids;
      this.counts = counts;
    }
    while (total * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const length = this.slots.length * 2;
    const slots = length <= MOST_SHORT_SLOTS ? new Uint16Array(length) : new Int32Array(length);
    const mask = slots.length - 1;
    this.shift--;
    for (let i = 0; i < this.size; i++) {
      let s = Math.imul(this.ids[i]!, GOLDEN) >>> this.shift;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = i + 1;
    }
    this.slots = slots;
  }
}

/** Most slots a table of two-byte slots has: at most half full, its positions + 1 stay below 2¹⁶. */
const MOST_SHORT_SLOTS = 1 << 16;

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(8, size * 2));
  bigger.set(array.subarray(0, size));
  return bigger;
}

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

/** Whether a word reads as a name where it stands inside a sentence (at a sentence start none does). */
function looksLikeName(token: Token, lang: string): boolean {
  if (!token.capitalised) return false;
  const lower = token.text.toLowerCase();
  if (isFunctionWord(lower) || NOT_NAMES.has(lower)) return false;
  if (token.text.length > 1 && token.text === token.text.toUpperCase()) return true; // EU, SPD, ECB
  return lang !== 'de' || !GERMAN_NOUN_ENDING.test(lower);
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

/**
 * What a token's text comes to in a language, as one number: -1 when it gives no term, else its term
 * id times two, plus one when the word reads as a name inside a sentence. Kind, capital, term and name
 * test all follow from the text, so each text is stemmed and looked up once per dictionary.
 */
function textEntry(token: Token, lang: string, dictionary: TermDictionary): number {
  const term = termOf(token, lang);
  if (!term) return -1;
  const id = dictionary.intern(term);
  // Listed concepts are common words by construction, never names.
  const nameLike = token.kind === 'word' && !term.startsWith('@') && looksLikeName(token, lang);
  return id * 2 + (nameLike ? 1 : 0);
}

function collect(text: string, lang: string, dictionary: TermDictionary, terms: Counts, anchors: Counts): void {
  const cache = dictionary.textCache(lang);
  for (const token of tokenize(text)) {
    let entry = cache.get(token.text);
    if (entry === undefined) {
      entry = textEntry(token, lang, dictionary);
      cache.set(token.text, entry);
    }
    if (entry < 0) continue;
    const id = Math.floor(entry / 2);
    terms.add(id);
    const anchor = token.kind === 'number' ? !isOrdinalDay(token, text) : entry % 2 === 1 && !token.sentenceStart;
    if (anchor) anchors.add(id);
  }
}

/** Turns an article into the term counts the story clustering compares, its terms interned in `dictionary`. */
export function articleFeatures(title: string, text: string, lang: string, dictionary: TermDictionary): ArticleFeatures {
  const features: ArticleFeatures = { lang, title: new Counts(), body: new Counts(), anchors: new Counts(), all: new Counts() };
  collect(title, lang, dictionary, features.title, features.anchors);
  collect(text, lang, dictionary, features.body, features.anchors);
  for (const counts of [features.title, features.body]) {
    for (let i = 0; i < counts.size; i++) features.all.add(counts.ids[i]!, counts.counts[i]!);
  }
  return features;
}

/** Adds counts into a running sum (a story's vector). */
export function addCounts(into: Counts, from: Counts): void {
  // An empty sum takes the places of the vector it starts from: most sums never grow past their first.
  if (into.size === 0) into.reserve(from.size);
  for (let i = 0; i < from.size; i++) into.add(from.ids[i]!, from.counts[i]!);
  into.revision++;
}
