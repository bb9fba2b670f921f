import { ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS } from '../text/function-words.ts';
import { tokenize } from '../text/tokens.ts';

/** The languages the site tells apart; everything else is "other". */
export type Language = 'de' | 'en' | 'other';

/** The language of an article and where it came from. */
export interface LanguageResult {
  lang: Language;
  source: 'hint' | 'detected';
  /** 0–1: how clearly the statistics favour the language (1 for a hint). */
  confidence: number;
}

// Below this share of function words a text is neither German nor English (or too short to tell).
const MIN_FUNCTION_SHARE = 0.12;
const MIN_WORDS = 3;

/** A feed or page language ("de-AT", "en_GB", "fr") as one of ours, or null when it is no language tag. */
export function languageFromHint(hint: string | null | undefined): Language | null {
  if (!hint) return null;
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(hint.trim());
  if (!m) return null;
  const code = m[1]!.toLowerCase();
  if (code === 'de' || code === 'deu' || code === 'ger') return 'de';
  if (code === 'en' || code === 'eng') return 'en';
  return 'other';
}

/** Whether a lower-case word has ä, ö, ü or ß (a test of its code units, no expression per word). */
function hasGermanLetter(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) return true;
  }
  return false;
}

/**
 * The language of a text: the feed or page hint when there is one, else the share of German and English
 * function words, with umlauts and ß counting for German.
 */
export function detectLanguage(text: string, hint?: string | null): LanguageResult {
  const hinted = languageFromHint(hint);
  if (hinted) return { lang: hinted, source: 'hint', confidence: 1 };
  const words = tokenize(text).filter((t) => t.kind === 'word');
  let de = 0;
  let en = 0;
  for (const word of words) {
    const lower = word.text.toLowerCase();
    if (GERMAN_FUNCTION_WORDS.has(lower)) de++;
    if (ENGLISH_FUNCTION_WORDS.has(lower)) en++;
    if (hasGermanLetter(lower)) de += 0.5;
  }
  const share = Math.max(de, en) / Math.max(words.length, 1);
  if (words.length < MIN_WORDS || share < MIN_FUNCTION_SHARE || de === en) {
    return { lang: 'other', source: 'detected', confidence: 0 };
  }
  return { lang: de > en ? 'de' : 'en', source: 'detected', confidence: Math.abs(de - en) / (de + en) };
}
