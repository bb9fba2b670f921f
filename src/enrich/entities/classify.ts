// Word-level tests: is a capitalised word a name, a role, an organisation head or a plain noun?
import { GIVEN_NAMES, KNOWN_ORGS, NON_NAME_ACRONYMS, ORG_HEADS, PERSON_TITLES, PLACE_SUFFIXES, PLACES, ROLE_STEMS } from './gazetteer.ts';
import { isGermanNoun, isNounProper } from '../text/german-nouns.ts';
import { isAcronym, isCapitalised, type Token } from './tokens.ts';
import { COMMON_NOUNS, FUNCTION_WORDS, NOUN_SUFFIXES, SENTENCE_OPENERS } from './words.ts';

const DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines',
  'kein', 'keine', 'keiner', 'keinem', 'keinen', 'im', 'am', 'zum', 'zur', 'beim', 'vom', 'ins',
  'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jeder', 'jede', 'jedes', 'jedem', 'jeden',
  'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unsere',
  'alle', 'allen', 'viele', 'vielen', 'mehrere', 'einige', 'the', 'a', 'an', 'its', 'his', 'their',
]);

/** Drops a genitive -s/-' so "Merkels" and "Deutschlands" look up as their name. */
export function baseForm(lower: string): string {
  if (lower.endsWith("'") || lower.endsWith('’')) return lower.slice(0, -1);
  if (lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

/** Whether a word is an article, possessive or quantifier (a noun follows, rarely a name). */
export function isDeterminer(lower: string): boolean {
  return DETERMINERS.has(lower);
}

/** Whether a lower-case word is a known place (also with a genitive -s). */
export function isPlace(lower: string): boolean {
  return PLACES.has(lower) || PLACES.has(baseForm(lower));
}

/** Whether a lower-case word is a known organisation (also with a genitive -s). */
export function isKnownOrg(lower: string): boolean {
  return KNOWN_ORGS.has(lower) || KNOWN_ORGS.has(baseForm(lower));
}

/** Whether a word is a given name. */
export function isGivenName(lower: string): boolean {
  return GIVEN_NAMES.has(lower);
}

/** Whether a word is a title or form of address ("Herr", "Dr", "Mrs"). */
export function isTitle(lower: string): boolean {
  return PERSON_TITLES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

const CACHE_LIMIT = 50_000;

/**
 * A token test whose answer follows from the token's text alone (its lower case and word flag are the
 * text's, as tokenize makes them; callers keep sentence starts apart): each text is tested once.
 */
function memoByText(test: (token: Token) => boolean): (token: Token) => boolean {
  const cache = new Map<string, boolean>();
  return (token) => {
    let answer = cache.get(token.text);
    if (answer === undefined) {
      answer = test(token);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(token.text, answer);
    }
    return answer;
  };
}

// The suffix tests below scan lists of endings; news repeats its words, so each answer is kept.
function memo(test: (lower: string) => boolean): (lower: string) => boolean {
  const cache = new Map<string, boolean>();
  return (lower) => {
    let answer = cache.get(lower);
    if (answer === undefined) {
      answer = test(lower);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(lower, answer);
    }
    return answer;
  };
}

/** Whether a word names a person's function: "Präsident", "SPD-Politiker", "Außenministerin". */
export const isRoleWord = memo((lower) => {
  const last = lower.split('-').at(-1) ?? lower;
  return ROLE_STEMS.some((stem) => last === stem || (last.endsWith(stem) && last.length > stem.length + 2));
});

const orgHeadExact = memo((lower) => ORG_HEADS.includes(lower.split('-').at(-1) ?? lower));
const orgHeadCompound = memo((lower) => {
  const last = lower.split('-').at(-1) ?? lower;
  return ORG_HEADS.some((head) => last === head || (head.length >= 4 && last.endsWith(head) && last.length > head.length + 2));
});

/** Whether a word ends an organisation's name ("Bank", "AG", "Bundesministerium"). */
export function isOrgHead(lower: string, compound: boolean): boolean {
  return compound ? orgHeadCompound(lower) : orgHeadExact(lower);
}

/** Whether a word ends like a German place name ("-ingen", "-hausen", "-burg"). */
export const hasPlaceSuffix = memo((lower: string): boolean => PLACE_SUFFIXES.some((s) => lower.endsWith(s) && lower.length > s.length + 2));

/** Whether a capitalised German word reads as an ordinary noun by its ending or our short list. */
export const looksLikeNounByForm = memo((lower: string): boolean => {
  if (COMMON_NOUNS.has(lower) || COMMON_NOUNS.has(baseForm(lower))) return true;
  // "-ischen" is an adjective ending ("Europäischen"), not the diminutive "-chen".
  if (/isch(?:e|en|er|es|em)?$/.test(lower)) return false;
  return NOUN_SUFFIXES.some((s) => lower === s || (lower.endsWith(s) && lower.length > s.length + 2));
});

/**
 * Whether a word is only known from the noun lexicon: a form of a German common noun that neither
 * its ending nor our list marks. Some of these are also surnames (Müller, Fischer, Koch, Adler), so
 * context may still make them a name.
 */
export function isLexiconNoun(lower: string): boolean {
  return isGermanNoun(lower) && !looksLikeNounByForm(lower);
}

/** Whether a capitalised German word is an ordinary noun: by its ending, our list or the noun lexicon. */
export const looksLikeNoun = memo((lower: string): boolean => looksLikeNounByForm(lower) || isGermanNoun(lower));

// A compound's head must be long enough that a name does not end in it by chance ("Wolfgang" ends in
// "Gang", "Friedhelm" in "Helm"), and what stands before it a word of its own.
const MIN_HEAD = 5;
const MIN_MODIFIER = 3;

/**
 * Whether a word is a German compound noun that the lexicon lacks: its last part is a noun of the
 * lexicon ("Holzmangel" = Holz + Mangel, "Rüstungskonzern", "Löwen-Keeper" by its last part).
 */
export const isCompoundNoun = memo((lower: string): boolean => {
  if (looksLikeNoun(lower)) return true;
  const last = lower.split('-').at(-1) ?? lower;
  if (last !== lower && last.length >= 3 && looksLikeNoun(last)) return true;
  for (let cut = MIN_MODIFIER; last.length - cut >= MIN_HEAD; cut++) {
    if (isGermanNoun(last.slice(cut))) return true;
  }
  return false;
});

/**
 * Whether a capitalised adjective stands inside a name ("Deutsche Bank", "Vereinte Nationen"). The
 * lexicon lists nominalised adjectives ("der Deutsche") apart from nouns proper ("Küste", "Tochter").
 */
export function looksLikeNameAdjective(token: Token): boolean {
  // A token's answer follows from its text (its lower case is the text's) once it stands inside a sentence.
  if (token.initial) return false;
  // The endings and length the test asks for, read before its cache: most words fail here.
  const lower = token.lower;
  const end = lower.charCodeAt(lower.length - 1);
  if (lower.length < 5 || (end !== 0x65 && end !== 0x6e && end !== 0x72 && end !== 0x73)) return false;
  return nameAdjectiveByText(token);
}

const nameAdjectiveByText = memoByText((token: Token): boolean => {
  return !token.initial && isCapitalised(token.text) && /(?:e|en|er|es|ische|ischen|ischer)$/.test(token.lower)
    && token.lower.length >= 5 && !FUNCTION_WORDS.has(token.lower) && !looksLikeNounByForm(token.lower) && !isNounProper(token.lower)
    && !isGivenName(token.lower) && !isAcronym(token.text);
});

/**
 * Whether a capitalised word can be part of a name: known names always can; function words,
 * sentence openers, roles and words that read as ordinary nouns cannot.
 */
export function isNameWord(token: Token): boolean {
  if (!token.word || !isCapitalised(token.text)) return false;
  return token.initial ? initialNameWord(token) : innerNameWord(token);
}

const initialNameWord = memoByText(nameWordTest);
const innerNameWord = memoByText(nameWordTest);

function nameWordTest(token: Token): boolean {
  const lower = token.lower;
  if (isPlace(lower) || isKnownOrg(lower) || isGivenName(lower)) return true;
  if (isAcronym(token.text)) return !FUNCTION_WORDS.has(lower) && !NON_NAME_ACRONYMS.has(lower);
  if (FUNCTION_WORDS.has(lower) || (token.initial && SENTENCE_OPENERS.has(lower))) return false;
  if (/^\p{N}/u.test(token.text)) return false;
  if (isRoleWord(lower) || isTitle(lower)) return false;
  if (isGermanNoun(lower)) return false;
  // "Gelsenkirchen", "Ingolstadt": a place ending decides before the noun endings ("-chen", "-stadt").
  if (hasPlaceSuffix(lower)) return true;
  return !looksLikeNounByForm(lower);
}
