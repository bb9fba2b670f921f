import { escapeAttribute, escapeText } from './entities.ts';
import type { OpmlDocument, OpmlFeedEntry, OpmlGroup } from './types.ts';

function feedLine(feed: OpmlFeedEntry, indent: string): string {
  const attrs: Array<[string, string | null | undefined]> = [
    ['type', 'rss'],
    ['text', feed.text],
    ['title', feed.title ?? feed.text],
    ['xmlUrl', feed.xmlUrl],
    ['htmlUrl', feed.htmlUrl],
    ['language', feed.language],
  ];
  const written = attrs.filter((a): a is [string, string] => typeof a[1] === 'string' && a[1] !== '');
  return `${indent}<outline ${written.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}/>`;
}

function writeGroups(groups: readonly OpmlGroup[], depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  for (const group of groups) {
    if (group.category === null) {
      lines.push(...group.feeds.map((f) => feedLine(f, indent)));
      writeGroups(group.groups ?? [], depth, lines);
      continue;
    }
    const name = escapeAttribute(group.category);
    lines.push(`${indent}<outline text="${name}" title="${name}">`, ...group.feeds.map((f) => feedLine(f, `${indent}  `)));
    writeGroups(group.groups ?? [], depth + 1, lines);
    lines.push(`${indent}</outline>`);
  }
}

/**
 * Writes an OPML 2.0 subscription list: one folder outline per category, its feeds first and then the
 * folders nested in it; feeds without a category at the top level; every value escaped.
 */
export function writeOpml(doc: OpmlDocument): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeText(doc.title)}</title>`,
    ...(doc.dateCreated ? [`    <dateCreated>${doc.dateCreated.toUTCString()}</dateCreated>`] : []),
    '  </head>',
    '  <body>',
  ];
  writeGroups(doc.groups, 2, lines);
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}
