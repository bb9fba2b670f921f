import type { Context } from 'hono';
import { AppError } from '../../platform/errors.ts';

/**
 * The named query parameters of a request, decoded strictly. Hono passes undecodable escapes
 * (`%ZZ`, a cut `%E0%A4%A`) through as raw text; here they, and a parameter given twice, are
 * AppError('web', 'bad_query'), which the site answers with its 400 page. Other parameters are ignored.
 */
export function strictQuery<N extends string>(c: Context, names: readonly N[]): Partial<Record<N, string>> {
  const search = new URL(c.req.url).search.slice(1);
  const found: Partial<Record<N, string>> = {};
  if (!search) return found;
  for (const part of search.split('&')) {
    if (!part) continue;
    const equals = part.indexOf('=');
    const name = decode(equals === -1 ? part : part.slice(0, equals));
    if (!(names as readonly string[]).includes(name)) continue;
    if (found[name as N] !== undefined) throw new AppError('web', 'bad_query', `the query parameter ${name} is given more than once`);
    found[name as N] = equals === -1 ? '' : decode(part.slice(equals + 1));
  }
  return found;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch (cause) {
    throw new AppError('web', 'bad_query', 'the query string is not valid percent-encoding', { cause });
  }
}
