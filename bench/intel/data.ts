// The story test set written for this project (test/fixtures/intel/stories): articles and their labels.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** An input line of `cluster --batch` with its gold labels. */
export interface LabelledArticle {
  id: string;
  title: string;
  text: string;
  published: string;
  source: string;
  story: string;
  wire: string | null;
  split: 'tune' | 'heldout';
  lang: string;
}

const dir = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'intel', 'stories');

function jsonl<T>(file: string): T[] {
  return readFileSync(resolve(dir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

/** Every article of the set in order of time, labels attached. */
export function loadStorySet(): LabelledArticle[] {
  const labels = new Map(jsonl<{ id: string }>('labels.jsonl').map((l) => [l.id, l]));
  return jsonl<{ id: string }>('articles.jsonl').map((a) => ({ ...a, ...labels.get(a.id) }) as LabelledArticle);
}

/** The input line of an article as the CLI reads it (no labels, no language: that is detected). */
export function inputLine(a: LabelledArticle): string {
  return JSON.stringify({ id: a.id, title: a.title, text: a.text, published: a.published, source: a.source });
}
