/** Query parameters that only track the click and never change the page (lower case). */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid', 'yclid',
  '_ga', '_gl', 'ref_src', 'ocid', 'cmpid', 'wt_mc', 'wt.mc_id', 'xtor', 'at_medium', 'at_campaign',
]);
const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_', 'mtm_', 'hsa_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The canonical form of an article URL, used to recognise the same article under two links:
 * lower-case scheme and host, no default port, no fragment, no tracking parameters, the remaining
 * parameters in their original order. Returns null for anything that is not an http(s) URL.
 */
export function canonicalizeUrl(input: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  url.search = '';
  for (const [name, value] of kept) url.searchParams.append(name, value);
  // URL already lower-cases the host and drops default ports.
  return url.toString();
}

/** Resolves `href` against `base`; null when it cannot be parsed or is not http(s). */
export function absoluteHttpUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
