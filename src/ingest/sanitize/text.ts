import { parseHTML } from 'linkedom';
import { BLOCK_TAGS, SKIPPED_TAGS, isMediaBlock } from './blocks.ts';

/** Parses an HTML fragment into the body of a fresh linkedom document. */
export function parseFragment(html: string): HTMLElement {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return document.body;
}

/** Collects text into blocks: inline text accumulates, a block boundary closes the current block. */
class BlockWriter {
  readonly blocks: string[] = [];
  private current = '';

  text(value: string): void {
    // Source newlines are ordinary whitespace; only <br> makes a line break.
    this.current += value.replace(/\s+/g, ' ');
  }

  lineBreak(): void {
    this.current += '\n';
  }

  flush(): void {
    const block = this.current
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (block !== '') this.blocks.push(block);
    this.current = '';
  }

  preformatted(value: string): void {
    this.flush();
    const block = value.replace(/^\n+|\s+$/g, '');
    if (block.trim() !== '') this.blocks.push(block);
  }
}

function walk(node: Node, out: BlockWriter): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      out.text(child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isMediaBlock(el)) continue;
    if (tag === 'BR') {
      out.lineBreak();
    } else if (tag === 'PRE') {
      out.preformatted(el.textContent ?? '');
    } else if (tag === 'TD' || tag === 'TH') {
      // Cells of a row stay on one line, but must not glue their words together.
      out.text(' ');
      walk(el, out);
      out.text(' ');
    } else if (BLOCK_TAGS.has(tag)) {
      out.flush();
      walk(el, out);
      out.flush();
    } else {
      walk(el, out);
    }
  }
}

/**
 * Plain text of (article) HTML: every block element (paragraph, heading, list item, quote, table row…)
 * becomes its own block, blocks are separated by a blank line and whitespace inside a block is
 * collapsed (line breaks from `<br>` kept). Media blocks (`figure[data-media]`) are left out.
 */
export function htmlToText(html: string): string {
  return elementToText(parseFragment(html));
}

/** The plain text of an element already parsed (see htmlToText), for callers that change the tree first. */
export function elementToText(root: Element): string {
  const out = new BlockWriter();
  walk(root, out);
  out.flush();
  return out.blocks.join('\n\n');
}
