// Suffix stripping, deliberately light: enough that "Streiks"/"Streik" and "cuts"/"cut" meet, not a full
// stemmer. Longest suffix first; a stem keeps at least three letters so short names stay intact.
const SUFFIXES: Record<string, string[]> = {
  de: ['ungen', 'ern', 'en', 'er', 'es', 'em', 'e', 's', 'n'],
  en: ['ings', 'ing', 'ies', 'ed', 'es', 's', 'e'],
};
// English "e" goes too, so that strike/strikes/striking all become "strik".

/** A lower-case word with its common inflection removed, for the given language ("de", "en"; others kept). */
export function stem(word: string, lang: string): string {
  const lower = word.toLowerCase();
  for (const suffix of SUFFIXES[lang] ?? []) {
    if (lower.length - suffix.length >= 3 && lower.endsWith(suffix)) {
      if (suffix === 'ies') return `${lower.slice(0, -3)}y`;
      const rest = lower.slice(0, -suffix.length);
      return lang === 'en' && rest.endsWith('e') ? rest.slice(0, -1) : rest;
    }
  }
  return lower;
}
