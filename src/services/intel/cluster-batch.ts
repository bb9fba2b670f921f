import { z } from 'zod';
import { detectLanguage } from '../../enrich/language/detect.ts';
import { StoryClusterer, type ClustererOptions } from '../../enrich/stories/clusterer.ts';

/** One output line of `cluster --batch`: the story the article joined and the article it copies, or an error. */
export interface ClusterLine {
  id: string | null;
  story: string | null;
  duplicateOf: string | null;
  error?: { code: string; message: string };
}

const inputLine = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.string(),
  lang: z.string().nullish(),
  published: z.string(),
  source: z.string(),
});

function failed(id: string | null, code: string, message: string): ClusterLine {
  return { id, story: null, duplicateOf: null, error: { code, message: `cluster: ${message}` } };
}

/**
 * The use case behind `presseschau cluster --batch`: takes input lines in order of time and decides each
 * from the lines before it. A bad line gets an error line and changes nothing for the others.
 */
export class ClusterSession {
  private readonly clusterer: StoryClusterer;
  private readonly seen = new Set<string>();
  private lastAt = -Infinity;

  constructor(options: ClustererOptions = {}) {
    this.clusterer = new StoryClusterer(options);
  }

  /** Decides one raw JSON line. */
  addLine(raw: string): ClusterLine {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return failed(null, 'bad_json', 'input line is not JSON');
    }
    const id = typeof (value as { id?: unknown } | null)?.id === 'string' ? (value as { id: string }).id : null;
    const parsed = inputLine.safeParse(value);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ');
      return failed(id, 'bad_input', `input line needs string fields "id", "title", "text", "published", "source" (wrong: ${fields})`);
    }
    const line = parsed.data;
    const at = Date.parse(line.published);
    if (Number.isNaN(at)) return failed(line.id, 'bad_date', `"published" is not a date: ${JSON.stringify(line.published)}`);
    if (this.seen.has(line.id)) return failed(line.id, 'duplicate_id', `id ${JSON.stringify(line.id)} was already given`);
    this.seen.add(line.id);
    // The stream is meant to be in order of time; a line that is slightly behind is taken as arriving now.
    this.lastAt = Math.max(this.lastAt, at);
    const lang = detectLanguage(`${line.title}\n${line.text}`, line.lang).lang;
    const decision = this.clusterer.add({ id: line.id, title: line.title, text: line.text, lang, at: this.lastAt });
    return { id: decision.id, story: decision.story, duplicateOf: decision.duplicateOf };
  }
}
