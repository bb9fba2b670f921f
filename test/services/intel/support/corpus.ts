// The project's own story test set (test/fixtures/intel/stories) stored as articles in a real database.
import { readFileSync } from 'node:fs';
import { slugify } from '../../../../src/domain/slug.ts';
import { createSource, insertArticle, type Store } from '../../../../src/store/index.ts';

/** One line of the story set. */
export interface CorpusLine {
  id: string;
  title: string;
  text: string;
  published: string;
  source: string;
}

/** The lines of the story set in their order (which is the order of time). */
export function readCorpus(): CorpusLine[] {
  const raw = readFileSync(new URL('../../../fixtures/intel/stories/articles.jsonl', import.meta.url), 'utf8');
  return raw.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as CorpusLine);
}

/** Stores the lines as articles (one source per source name); returns the stored id of each line id. */
export async function storeCorpus(store: Store, lines: readonly CorpusLine[]): Promise<Map<string, number>> {
  const sources = new Map<string, number>();
  const ids = new Map<string, number>();
  for (const line of lines) {
    let sourceId = sources.get(line.source);
    if (sourceId === undefined) {
      const slug = slugify(line.source);
      sourceId = (await createSource(store.db, { slug, name: line.source, siteUrl: `https://${slug}.example/`, displayPolicy: 'full' })).id;
      sources.set(line.source, sourceId);
    }
    const firstSeen = new Date(Date.parse(line.published) + 60_000).toISOString();
    const { id } = await insertArticle(store.db, {
      feedId: null,
      sourceId,
      categoryId: null,
      guid: line.id,
      url: `https://example.test/${line.id}`,
      canonicalUrl: `https://example.test/${line.id}`,
      title: line.title,
      lead: null,
      bodyHtml: line.text.split('\n\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join(''),
      bodyText: line.text,
      byline: null,
      imageUrl: null,
      language: null,
      media: [],
      publishedAt: line.published,
      modifiedAt: null,
      firstSeenAt: firstSeen,
      extractionStatus: 'extracted',
      extractionError: null,
    });
    ids.set(line.id, id);
  }
  return ids;
}
