import { XSS_CORPUS, type XssVector } from '../fixtures/xss/index.ts';

/** A corpus vector with its placeholders filled in for one run. */
export interface ExpandedVector extends XssVector {
  /** Position in the corpus, 1-based; the canary path and the console marker carry it. */
  n: number;
  /** The dangerous URL alone (filled in), or null when the vector has none. */
  expandedUrl: string | null;
}

/** The console text a vector's script prints: the detector looks for this prefix. */
export const CONSOLE_MARKER = 'xss-marker-';

/** Writes a string as String.fromCharCode(...): no quotes, spaces, slashes or angle brackets, so it fits every context. */
function asCharCodes(text: string): string {
  return `String.fromCharCode(${Array.from(text, (c) => c.charCodeAt(0)).join(',')})`;
}

/** The canary URL of vector `n` on the canary server at `origin`. */
export function canaryUrl(origin: string, n: number): string {
  return `${origin}/c/${n}`;
}

/** The script every vector runs when it gets the chance: a console marker, a canary request, a dialog. */
export function scriptFor(origin: string, n: number): string {
  return `console.log(${asCharCodes(`${CONSOLE_MARKER}${n}`)}),fetch(${asCharCodes(canaryUrl(origin, n))}),alert(${n})`;
}

function fill(text: string, origin: string, n: number): string {
  const js = scriptFor(origin, n);
  const b64 = Buffer.from(`<script>${js}</script>`).toString('base64');
  return text.replaceAll('$JS', js).replaceAll('$CANARY', canaryUrl(origin, n)).replaceAll('$B64', b64);
}

/** The whole corpus with `$JS`, `$CANARY` and `$B64` filled in for the canary server at `canaryOrigin`. */
export function expandCorpus(canaryOrigin: string): ExpandedVector[] {
  return XSS_CORPUS.map((v, i) => ({
    ...v,
    n: i + 1,
    html: fill(v.html, canaryOrigin, i + 1),
    expandedUrl: v.url ? fill(v.url, canaryOrigin, i + 1) : null,
  }));
}
