import { analyzerFor, compoundTerms, termOf, wordsAt, type Analyzer } from '../../store/index.ts';

/** A piece of highlighted text: plain text, marked where it matched the query. Escaping is the presenter's. */
export interface TextPart {
  text: string;
  mark: boolean;
}

/** Words around the best passage. */
const SNIPPET_WORDS = 30;
/** Characters of a long text looked at for a passage: the start of an article says most about it. */
const SNIPPET_SCAN_CHARS = 20_000;

function matches(word: string, analyzer: Analyzer, terms: ReadonlySet<string>): boolean {
  if (terms.has(termOf(word, analyzer)) || terms.has(termOf(word, 'plain'))) return true;
  // "Regierung" marks "Bundesregierung": a compound matches through its parts.
  return analyzer === 'de' && compoundTerms(word).some((term) => terms.has(term));
}

/** The whole text with the words that match `terms` marked. */
export function highlight(text: string, language: string | null, terms: ReadonlySet<string>): TextPart[] {
  return markRange(text, 0, text.length, analyzerFor(language), terms);
}

function markRange(text: string, from: number, to: number, analyzer: Analyzer, terms: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let at = from;
  for (const w of wordsAt(text.slice(from, to))) {
    const start = from + w.start;
    const end = from + w.end;
    if (!matches(w.word, analyzer, terms)) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (to > at) parts.push({ text: text.slice(at, to), mark: false });
  return parts;
}

/**
 * A passage of about SNIPPET_WORDS words from `text`: the one with the most matching words (the start
 * when none match), "…" where it was cut, matches marked. Empty text gives no parts.
 */
export function snippet(text: string, language: string | null, terms: ReadonlySet<string>): TextPart[] {
  const scanned = text.slice(0, SNIPPET_SCAN_CHARS);
  const words = wordsAt(scanned);
  if (words.length === 0) return [];
  const analyzer = analyzerFor(language);
  const hit = words.map((w) => (matches(w.word, analyzer, terms) ? 1 : 0));
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    count += hit[i]!;
    if (i >= SNIPPET_WORDS) count -= hit[i - SNIPPET_WORDS]!;
    const start = Math.max(0, i - SNIPPET_WORDS + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Start a few words before the first match of the passage, so it does not open on the match.
  const firstHit = hit.indexOf(1, best);
  if (firstHit >= 0 && firstHit - best > 5) best = Math.max(0, firstHit - 5);
  const last = Math.min(words.length, best + SNIPPET_WORDS) - 1;
  const from = best === 0 ? 0 : words[best]!.start;
  const to = last === words.length - 1 && scanned.length === text.length ? text.length : words[last]!.end;
  const parts = markRange(text, from, to, analyzer, terms).map((p) => ({ ...p, text: p.mark ? p.text : p.text.replace(/\s+/g, ' ') }));
  if (from > 0) parts.unshift({ text: '… ', mark: false });
  if (to < text.length) parts.push({ text: ' …', mark: false });
  return parts;
}
