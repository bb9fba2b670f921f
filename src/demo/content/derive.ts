import type { DemoArticle, DemoBlock } from '../types.ts';

/** What changes when a second newsroom reuses an agency text. */
export interface CopyEdits {
  /** Literal replacements applied to every paragraph and subheading, in order. */
  replace: Array<[string, string]>;
  /** Drop the last `dropLast` text blocks (newsrooms shorten agency copy from the end). */
  dropLast: number;
}

/**
 * A lightly edited copy of an agency text: only paragraphs and subheadings survive (the original's
 * video and pull quote were the first newsroom's additions), with a few words changed and the end cut.
 */
export function editedCopy(
  base: DemoArticle,
  fields: Omit<DemoArticle, 'body' | 'copyOf' | 'story'>,
  edits: CopyEdits,
): DemoArticle {
  const text = base.body.filter((b): b is Extract<DemoBlock, { type: 'p' | 'h2' }> => b.type === 'p' || b.type === 'h2');
  const kept = text.slice(0, Math.max(1, text.length - edits.dropLast));
  const body = kept.map((b) => ({ ...b, text: edits.replace.reduce((t, [from, to]) => t.replaceAll(from, to), b.text) }));
  return { ...fields, ...(base.story ? { story: base.story } : {}), copyOf: base.id, body };
}
