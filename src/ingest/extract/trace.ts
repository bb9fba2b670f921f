/**
 * Hears the decisions of the extraction: which block a rule removed and why a block was kept. Used by
 * `presseschau extract --explain`; extraction itself never depends on it. Called while the element is
 * still in the document, so its text and position can be read.
 */
export interface Trace {
  /** `el` was dropped by the rule named `rule` (kebab-case, e.g. `boilerplate-class`). */
  removed(el: Element, rule: string): void;
  /** `el` was kept, for the reason `why` (e.g. `scored-container`). */
  kept(el: Element, why: string): void;
}

/** The trace that records nothing: the default. */
export const NO_TRACE: Trace = { removed: () => undefined, kept: () => undefined };

/** One decision, described while the element was still in the document. */
export interface TraceEntry {
  action: 'removed' | 'kept';
  /** The rule or the reason. */
  rule: string;
  /** Tag, id and classes, CSS-like: `div#main.article.wide`. */
  element: string;
  /** The element's text, whitespace collapsed. */
  text: string;
}

/** A short CSS-like name of an element: tag, id and classes (`section#comments.box`). */
export function describeElement(el: Element): string {
  const id = el.getAttribute('id');
  const classes = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean);
  return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${classes.map((c) => `.${c}`).join('')}`;
}

/** A trace that keeps every decision in order, for reports. */
export function recordingTrace(): Trace & { entries: TraceEntry[] } {
  const entries: TraceEntry[] = [];
  const record = (action: TraceEntry['action']) => (el: Element, rule: string) => {
    entries.push({ action, rule, element: describeElement(el), text: (el.textContent ?? '').replace(/\s+/g, ' ').trim() });
  };
  return { entries, removed: record('removed'), kept: record('kept') };
}
