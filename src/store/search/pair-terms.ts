// Word pairs in PostgreSQL's index, for phrases with a very common word in them.
//
// PostgreSQL's GIN index holds no word positions: it finds the rows with every word of a phrase, and
// each row's vector is then read to check that the words stand in a row. When one word of the phrase
// is in nearly every article ("im", "der", "the"), that is every article with the other word: tens of
// thousands of rows read for a phrase that a hundred articles hold. So the index also holds a token
// for each pair of neighbouring words of which one is among the most common words of German and
// English ("landesklima_im"), and a phrase with such a pair asks for the pair's token beside its
// words: the index then answers with the rows that hold the pair. Pairs of two rarer words are left
// out: the rows holding both are few anyway, and every pair would double the index.
//
// Tokens only narrow a search: the phrase itself is still checked on the row, so a token that
// matches too much changes no result. SQLite's FTS5 index has positions and needs none of this.
// The format is also written by migration 016 (the backfill of existing rows), from COMMON_TERMS.
import { ANALYZERS, termOf } from './analyze/analyze.ts';

// The function words that make up a large part of any German or English text.
const GERMAN_WORDS =
  'der die das den dem des ein eine einer eines einem einen und oder aber in im ins an am auf aus bei beim mit nach von vom zu zum zur für über unter vor durch gegen um als wie ist sind war waren wird werden wurde wurden hat haben hatte sich nicht auch es er sie wir ich ihr man noch nur so dass daß sei kein keine mehr schon bis';
const ENGLISH_WORDS =
  'the a an and or but of to in on at by for with from as into about than is are was were be been being has have had it its this that these those not no he she they we i you his her their our said will would can could';

/**
 * The index terms of the common words under every analyzer (the terms a pair is looked for by are
 * the same whether they come from an article or from a query).
 */
export const COMMON_TERMS: ReadonlySet<string> = new Set(
  `${GERMAN_WORDS} ${ENGLISH_WORDS}`.split(' ').flatMap((word) => ANALYZERS.map((analyzer) => termOf(word, analyzer))),
);

/** The token of two neighbouring terms ("_" is in no term: terms are letters and digits). */
export const pairToken = (first: string, second: string): string => `${first}_${second}`;

/** The tokens of the neighbouring terms of `terms` of which one is common, once each. */
export function commonPairs(terms: readonly string[]): string[] {
  const pairs = new Set<string>();
  for (let i = 1; i < terms.length; i++) {
    const first = terms[i - 1]!;
    const second = terms[i]!;
    if (COMMON_TERMS.has(first) || COMMON_TERMS.has(second)) pairs.add(pairToken(first, second));
  }
  return [...pairs];
}

/**
 * An article's pair tokens, space-separated: over its title terms followed by its body terms (the
 * format migration 016 filled in). The pair of the title's last word and the body's first is one
 * token more than needed and harmless: it only lets a row through to the phrase check, which rejects
 * it, since the vector leaves a place between the two (migration 020), as SQLite's columns do.
 */
export function pairTerms(titleTerms: string, bodyTerms: string): string {
  const terms = `${titleTerms} ${bodyTerms}`.split(' ').filter((t) => t !== '');
  return commonPairs(terms).join(' ');
}
