// Folding of letters, so that spellings a reader may type without a German keyboard find the same words.

/** A lower-case word with accents and umlauts removed (é → e, ü → u, ß → ss, ø → o, æ → ae). */
export function plainLetters(word: string): string {
  return word
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/œ/g, 'oe')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
