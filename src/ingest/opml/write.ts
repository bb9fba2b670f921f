import { escapeAttribute, escapeText } from './entities.ts';
import type { OpmlDocument, OpmlFeedEntry } from './types.ts';

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

/**
 * Writes an OPML 2.0 subscription list: one folder outline per category, feeds without a category at
 * the top level, every value escaped.
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
  for (const group of doc.groups) {
    if (group.category === null) {
      lines.push(...group.feeds.map((f) => feedLine(f, '    ')));
      continue;
    }
    const name = escapeAttribute(group.category);
    lines.push(`    <outline text="${name}" title="${name}">`, ...group.feeds.map((f) => feedLine(f, '      ')), '    </outline>');
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}
