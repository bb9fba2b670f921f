/**
 * The wait a Retry-After header asks for, in whole seconds (RFC 9110 §10.2.3: either delay-seconds or
 * an HTTP-date). A date in the past gives 0; an unreadable value gives null.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds : null;
  }
  // Only date forms with letters: Date.parse would also accept "1.5" or "-3" as dates.
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
