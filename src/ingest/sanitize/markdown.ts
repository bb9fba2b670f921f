import { BLOCK_TAGS, SKIPPED_TAGS, isMediaBlock } from './blocks.ts';
import { parseFragment } from './text.ts';

const HEADING_LEVEL: Record<string, number> = { H1: 2, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

/** Escapes the characters that would otherwise turn plain text into Markdown syntax. */
export function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** Inline Markdown of an element's children (links, emphasis, code, line breaks). */
function inline(node: Node): string {
  return inlineNodes(Array.from(node.childNodes));
}

function inlineNodes(nodes: Node[]): string {
  let out = '';
  for (const child of nodes) {
    if (child.nodeType === 3) {
      out += escapeInline((child.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    const inner = inline(el);
    if (tag === 'BR') out += '  \n';
    else if (tag === 'A' && el.getAttribute('href')) out += `[${inner.trim()}](${el.getAttribute('href')})`;
    else if ((tag === 'STRONG' || tag === 'B') && inner.trim()) out += `**${inner.trim()}**`;
    else if ((tag === 'EM' || tag === 'I') && inner.trim()) out += `*${inner.trim()}*`;
    else if (tag === 'CODE') out += '`' + (el.textContent ?? '').replace(/`/g, '\u02cb') + '`';
    else if (tag === 'IMG' && el.getAttribute('src')) out += `![${escapeInline(el.getAttribute('alt') ?? '')}](${el.getAttribute('src')})`;
    else out += inner;
  }
  return out;
}

function clean(text: string): string {
  return text.split('\n').map((line) => line.replace(/ {3,}/g, '  ').replace(/^ +/, '')).join('\n').trim();
}

/** One media block as a Markdown line: a link to the player with the caption. */
function mediaLine(el: Element): string {
  const caption = el.querySelector('figcaption')?.textContent?.trim() ?? '';
  const href = el.querySelector('a')?.getAttribute('href');
  const label = `▶ ${escapeInline(caption || el.getAttribute('data-media') || 'Media')}`;
  return href ? `[${label}](${href})` : label;
}

function listBlock(el: Element, ordered: boolean): string {
  const items = Array.from(el.children).filter((c) => c.tagName.toUpperCase() === 'LI');
  return items
    .map((li, i) => {
      const marker = ordered ? `${i + 1}. ` : '- ';
      const body = blocks(li).join('\n\n') || clean(inline(li));
      return marker + body.split('\n').map((l, j) => (j === 0 || l === '' ? l : ' '.repeat(marker.length) + l)).join('\n');
    })
    .join('\n');
}

function tableBlock(el: Element): string {
  const rows = Array.from(el.querySelectorAll('tr')).map((tr) =>
    Array.from(tr.children).map((cell) => clean(inline(cell)).replace(/\|/g, '\\|').replace(/\n/g, ' ')),
  );
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  const [head, ...rest] = rows;
  return [line(head!), line(Array(width).fill('---')), ...rest.map(line)].join('\n');
}

/** Markdown for one block element, or null when the element is not a block we render specially. */
function block(el: Element, tag: string): string | null {
  if (HEADING_LEVEL[tag]) return `${'#'.repeat(HEADING_LEVEL[tag]!)} ${clean(inline(el)).replace(/\n/g, ' ')}`;
  if (tag === 'UL' || tag === 'OL') return listBlock(el, tag === 'OL');
  if (tag === 'BLOCKQUOTE') return blocks(el).join('\n\n').split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
  if (tag === 'PRE') return '```\n' + (el.textContent ?? '').replace(/\s+$/, '') + '\n```';
  if (tag === 'HR') return '---';
  if (tag === 'TABLE') return tableBlock(el);
  if (isMediaBlock(el)) return mediaLine(el);
  return null;
}

/** The Markdown blocks of a container, in document order. */
function blocks(container: Element): string[] {
  const out: string[] = [];
  let pending = '';
  const flush = () => {
    const text = clean(pending);
    if (text) out.push(text);
    pending = '';
  };
  for (const child of Array.from(container.childNodes)) {
    if (child.nodeType !== 1) {
      if (child.nodeType === 3) pending += escapeInline((child.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (!BLOCK_TAGS.has(tag)) {
      pending += inlineNodes([el]);
      continue;
    }
    flush();
    const special = block(el, tag);
    if (special !== null) {
      if (special) out.push(special);
    } else if (Array.from(el.children).some((c) => BLOCK_TAGS.has(c.tagName.toUpperCase()))) {
      out.push(...blocks(el));
    } else {
      pending = inline(el);
      flush();
    }
  }
  flush();
  return out;
}

/**
 * Markdown of sanitised article HTML: `##`–`######` headings (h1 demoted), `-`/`1.` lists, `>` quotes,
 * links, emphasis, code, simple tables; media blocks become a link line.
 */
export function htmlToMarkdown(html: string): string {
  return blocks(parseFragment(html)).join('\n\n');
}
