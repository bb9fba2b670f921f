import { AppError } from '../../platform/errors.ts';

const PREFIX = 't:';

/** The opaque cursor after a tag: its slug, base64url-encoded, so clients do not build it themselves. */
export function encodeTagCursor(slug: string): string {
  return Buffer.from(PREFIX + slug, 'utf8').toString('base64url');
}

/** The slug inside a tag cursor; anything that is not one of ours is AppError('services', 'bad_cursor'). */
export function decodeTagCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith(PREFIX) || text.length === PREFIX.length || encodeTagCursor(text.slice(PREFIX.length)) !== cursor) {
    throw new AppError('services', 'bad_cursor', 'not a tag cursor of this API');
  }
  return text.slice(PREFIX.length);
}
