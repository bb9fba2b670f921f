/** URL schemes an article link may use; everything else (javascript:, data:, vbscript:, file:) is dropped. */
export const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
/** URL schemes an image or media source may use. */
export const MEDIA_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * Resolves `value` against `base` and returns the absolute URL when its scheme is allowed, else null.
 * The WHATWG parser strips tabs and newlines and decodes nothing, so "jav&#x09;ascript:" (already
 * entity-decoded by the HTML parser) is recognised as javascript: and refused.
 */
export function safeUrl(value: string | null | undefined, base: string, schemes: ReadonlySet<string>): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  return schemes.has(url.protocol) ? url.href : null;
}

const DESCRIPTOR = /^(?:\d+w|\d+(?:\.\d+)?x|\d+h)$/;

/** Splits a srcset into its candidates (URL plus optional descriptor), as the HTML parsing rules do. */
export function parseSrcset(srcset: string): Array<{ url: string; descriptor: string }> {
  const out: Array<{ url: string; descriptor: string }> = [];
  let i = 0;
  const s = srcset;
  while (i < s.length) {
    while (i < s.length && /[\s,]/.test(s[i]!)) i++;
    if (i >= s.length) break;
    let start = i;
    while (i < s.length && !/\s/.test(s[i]!)) i++;
    let url = s.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      start = i;
      let depth = 0;
      // Descriptors end at the next comma outside parentheses.
      while (i < s.length && !(s[i] === ',' && depth === 0)) {
        if (s[i] === '(') depth++;
        if (s[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
      descriptor = s.slice(start, i).trim();
    }
    if (url) out.push({ url, descriptor });
  }
  return out;
}

/** Rebuilds a srcset keeping only candidates with an http(s) URL and a well-formed descriptor, absolute. */
export function safeSrcset(srcset: string | null | undefined, base: string): string | null {
  if (!srcset) return null;
  const kept: string[] = [];
  for (const { url, descriptor } of parseSrcset(srcset)) {
    const absolute = safeUrl(url, base, MEDIA_SCHEMES);
    if (!absolute) continue;
    if (descriptor !== '' && !DESCRIPTOR.test(descriptor)) continue;
    // A comma inside the URL would split the candidate on re-parse; percent-encode it.
    const encoded = absolute.replace(/,/g, '%2C');
    kept.push(descriptor ? `${encoded} ${descriptor}` : encoded);
  }
  return kept.length > 0 ? kept.join(', ') : null;
}
