import { AppError } from '../../platform/errors.ts';
import { tokenize, type Token } from './tokens.ts';
import type { OpmlFeed, ParsedOpml } from './types.ts';

function attr(attrs: Map<string, string>, name: string): string | null {
  const value = attrs.get(name)?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

/** The first part of an OPML 2.0 `category` attribute ("/Nachrichten/Politik,/Sport" → "Nachrichten"). */
function categoryAttribute(value: string | null): string | null {
  const first = value?.split(',')[0]?.split('/').map((s) => s.trim()).find(Boolean);
  return first ?? null;
}

function feedOf(attrs: Map<string, string>, folders: string[]): OpmlFeed {
  const text = attr(attrs, 'text');
  const title = attr(attrs, 'title');
  return {
    xmlUrl: (attrs.get('xmlurl') ?? '').trim(),
    text: text ?? title,
    title: title ?? text,
    htmlUrl: attr(attrs, 'htmlurl'),
    language: attr(attrs, 'language'),
    folders: [...folders],
    category: folders[0] ?? categoryAttribute(attr(attrs, 'category')),
  };
}

interface State {
  sawOpml: boolean;
  version: string | null;
  title: string | null;
  inTitle: boolean;
  inBody: boolean;
  /** One entry per open <outline>: its folder title, or null for a feed or an untitled outline. */
  open: Array<string | null>;
  feeds: OpmlFeed[];
}

function step(state: State, token: Token): void {
  if (token.kind === 'text') {
    if (state.inTitle) state.title = (state.title ?? '') + token.text;
    return;
  }
  if (token.kind === 'close') {
    if (token.name === 'title') state.inTitle = false;
    // A stray </outline> is ignored; unclosed outlines end with the file.
    else if (token.name === 'outline') state.open.pop();
    return;
  }
  if (token.name === 'opml') {
    state.sawOpml = true;
    state.version ??= attr(token.attrs, 'version');
  } else if (token.name === 'body') state.inBody = true;
  else if (token.name === 'title' && !state.inBody && state.title === null && !token.selfClosing) state.inTitle = true;
  else if (token.name === 'outline') {
    const folders = state.open.filter((f): f is string => f !== null);
    const isFeed = token.attrs.has('xmlurl');
    if (isFeed) state.feeds.push(feedOf(token.attrs, folders));
    if (!token.selfClosing) state.open.push(isFeed ? null : (attr(token.attrs, 'text') ?? attr(token.attrs, 'title')));
  }
}

/**
 * Reads the feeds of an OPML 1.0 or 2.0 subscription list. Tolerant: a missing version, unclosed or
 * stray tags, bare `&` and HTML entities are forgiven; entity definitions are never expanded. Folders
 * (outlines without `xmlUrl`) become each feed's `folders`. Text that has no `<opml>` element and no
 * outline is AppError('opml', 'not_opml').
 */
export function parseOpml(text: string): ParsedOpml {
  const state: State = { sawOpml: false, version: null, title: null, inTitle: false, inBody: false, open: [], feeds: [] };
  let outlines = 0;
  for (const token of tokenize(text)) {
    if (token.kind === 'open' && token.name === 'outline') outlines++;
    step(state, token);
  }
  if (!state.sawOpml && outlines === 0) throw new AppError('opml', 'not_opml', 'the file is no OPML subscription list (no <opml> element, no outlines)');
  const title = state.title?.replace(/\s+/g, ' ').trim();
  return { version: state.version, title: title ? title : null, feeds: state.feeds };
}
