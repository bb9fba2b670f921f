// The lines a worker writes and the parent reads: one per page, then one with the memory figures.
import type { CorpusName } from './corpora.ts';
import type { Extraction } from './extractors.ts';

/** One page's extraction: milliseconds of the timed call, the error it threw, or its fields. */
export interface WorkerPage {
  kind: 'page';
  corpus: CorpusName;
  id: string;
  ms: number;
  error: string | null;
  fields: Extraction | null;
}

/** The worker's memory: resident set before the first page and its high-water mark (null off Linux). */
export interface WorkerMemory {
  kind: 'memory';
  baselineRss: number;
  peakRss: number | null;
}

/** One worker's output, pages by `corpus/id` (none from a memory pass). */
export interface WorkerOutput {
  pages: Map<string, WorkerPage>;
  memory: WorkerMemory;
}

/** The key of a page in {@link WorkerOutput.pages}. */
export const pageKey = (corpus: string, id: string) => `${corpus}/${id}`;
