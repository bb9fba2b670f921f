// Block-aware plain text of HTML, the same for Readability's output and for the expected pages:
// `textContent` would glue "end</p><p>Next" into one word.
import { parseHTML } from 'linkedom';

const BLOCKS = new Set(
  ('ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM ' +
    'H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL')
    .split(' '),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD']);

function walk(node: Node, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      out.push((child.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') out.push('\n');
    else if (BLOCKS.has(tag)) {
      out.push('\n\n');
      walk(child, out);
      out.push('\n\n');
    } else walk(child, out);
  }
}

/** Text of a node: block elements become blank lines, `<br>` a line break, other whitespace collapsed. */
export function blockText(node: Node): string {
  const out: string[] = [];
  walk(node, out);
  return out
    .join('')
    .split(/\n{2,}/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/ {2,}/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

/** Block-aware text of an HTML page or fragment (its body). */
export function htmlBlockText(html: string): string {
  const { document } = parseHTML(/^\s*<(?:!doctype|html[\s>])/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`);
  return blockText((document.body ?? document.documentElement) as unknown as Node);
}
