// BM25 as SQLite's FTS5 computes it (fts5_aux.c, bm25()), but over the candidates of one search only.
// FTS5's bm25() counts the articles holding each phrase of the expression by reading the phrase's
// whole list once per search, which for a word in a tenth of a million articles costs more than the
// rest of the search. Here the counts come from the caller (exact or estimated, sqlite-candidates.ts)
// and the frequencies from the candidates' index terms, so the cost follows the candidates only.
import type { MatchPlan } from './match.ts';

/** The weights bm25() gives the index's columns: title, body, compound parts (the filter column weighs nothing). */
export const COLUMN_WEIGHTS = { title: 4.0, body: 1.0, parts: 0.5 } as const;

// FTS5's constants (fts5_aux.c).
const K1 = 1.2;
const B = 0.75;

/** One article's index terms, space-separated, as stored in `article_search`. */
export interface IndexedTerms {
  title: string;
  body: string;
  parts: string;
  filters: string;
}

/**
 * A phrase of the match expression: its terms in order. A single word is looked for in title, body
 * and compound parts; a phrase of several words in title and body only (as in match.ts).
 */
export type Phrase = readonly string[];

/** The phrases of a plan that weigh in the relevance, in the order of the match expression (excluded ones never occur in a match). */
export function scoredPhrases(plan: MatchPlan): Phrase[] {
  return plan.groups.flat(1);
}

/** A phrase's weight from the articles holding it, out of all articles (FTS5: never below 1e-6). */
export function inverseFrequency(holding: number, rows: number): number {
  const idf = Math.log((rows - holding + 0.5) / (holding + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}

/** The number of terms in space-separated `terms` (single spaces, as analyze.ts joins them). */
function termCount(terms: string): number {
  if (terms === '') return 0;
  // indexOf is native; a loop over the characters costs three times as much.
  let count = 1;
  for (let at = terms.indexOf(' '); at >= 0; at = terms.indexOf(' ', at + 1)) count++;
  return count;
}

/** How often `phrase` (its terms joined by single spaces) stands in `terms` as whole terms. */
function occurrences(terms: string, phrase: string): number {
  let count = 0;
  for (let at = terms.indexOf(phrase); at >= 0; at = terms.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if ((at === 0 || terms.charCodeAt(at - 1) === 32) && (end === terms.length || terms.charCodeAt(end) === 32)) count++;
  }
  return count;
}

/**
 * The BM25 relevance of one article (higher is better, the negation of FTS5's bm25()): per phrase its
 * weight (`idf`, same order as `phrases`) times its weighted frequency in title, body and parts,
 * saturated (k1 = 1.2) and normalised by the article's length in terms against `averageLength` (b = 0.75).
 */
export function bm25(row: IndexedTerms, phrases: readonly Phrase[], idf: readonly number[], averageLength: number): number {
  const length = termCount(row.title) + termCount(row.body) + termCount(row.parts) + termCount(row.filters);
  const norm = K1 * (1 - B + (B * length) / averageLength);
  let score = 0;
  phrases.forEach((phrase, i) => {
    const text = phrase.join(' ');
    let frequency = COLUMN_WEIGHTS.title * occurrences(row.title, text) + COLUMN_WEIGHTS.body * occurrences(row.body, text);
    if (phrase.length === 1) frequency += COLUMN_WEIGHTS.parts * occurrences(row.parts, text);
    score += (idf[i]! * frequency * (K1 + 1)) / (frequency + norm);
  });
  return score;
}

/**
 * Reads FTS5's totals record (row 1 of the `_data` table: varints, the number of rows, then the
 * number of tokens per column), which bm25() divides for the average length. Null when it is not
 * there (an index never written to).
 */
export function decodeTotals(block: Uint8Array): { rows: number; tokens: number } | null {
  const values: number[] = [];
  let at = 0;
  while (at < block.length) {
    // SQLite's varint: seven bits a byte, high bit set when more follow, the ninth byte whole.
    let value = 0;
    let i = 0;
    for (;;) {
      const byte = block[at++];
      if (byte === undefined) return null;
      if (i === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      i++;
      if ((byte & 0x80) === 0) break;
    }
    values.push(value);
  }
  if (values.length < 2) return null;
  return { rows: values[0]!, tokens: values.slice(1).reduce((a, b) => a + b, 0) };
}
