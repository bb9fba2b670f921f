// --dump DIR: one JSON file per page with both extractors' scores and fields, for error analysis.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusName, Page } from './corpora.ts';
import { EXTRACTOR_NAMES, type ExtractorName } from './extractors.ts';
import { pageKey, type WorkerOutput } from './protocol.ts';
import { comparedText, type PageScore, type TextVariant } from './score.ts';

/** A file name for a page id (ids of the trafilatura corpus are file names with spaces and umlauts). */
function fileName(id: string): string {
  return `${id.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 180)}.json`;
}

/** Writes DIR/<corpus>/<id>.json for every page and returns how many files were written. */
export function writeDump(
  dir: string,
  pages: Page[],
  scores: Record<ExtractorName, PageScore[]>,
  outputs: Record<ExtractorName, WorkerOutput>,
  variantOf: (corpus: CorpusName) => TextVariant,
): number {
  pages.forEach((page, i) => {
    const folder = join(dir, page.corpus);
    mkdirSync(folder, { recursive: true });
    const record: Record<string, unknown> = { corpus: page.corpus, id: page.id, url: page.url, truth: page.truth };
    for (const name of EXTRACTOR_NAMES) {
      const fields = outputs[name].pages.get(pageKey(page.corpus, page.id))?.fields ?? null;
      record[name] = {
        score: scores[name][i],
        fields,
        comparedText: comparedText(fields, name === 'presseschau' ? variantOf(page.corpus) : 'body'),
      };
    }
    writeFileSync(join(folder, fileName(page.id)), JSON.stringify(record, null, 2) + '\n');
  });
  return pages.length;
}
