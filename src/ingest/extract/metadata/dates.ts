import { dateInText } from './text-dates.ts';

// ISO 8601 and its common relatives: "2024-10-23", "2024-10-23T10:05", "2024-10-23 10:05:07.123+0200".
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// German pages: "23.10.2024", "23.10.2024, 10:05 Uhr".
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s*(?:um\s*)?(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?$/i;
// RFC 2822 style with an explicit zone, which Date.parse reads reliably.
const ZONED_TEXT = /(?:\b(?:GMT|UTC|UT|Z)|\s[+-]\d{4})\s*$/;

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

function valid(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  // Anything outside this range is a parsing accident, not a publication date.
  return year >= 1990 && year <= 2100 ? new Date(ms).toISOString() : null;
}

function fromParts(y: string, mo: string, d: string, h = '0', mi = '0', s = '0', frac = '', zone?: string): string | null {
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  const ms = Number((frac + '000').slice(0, 3));
  const utc = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s), ms);
  return valid(utc - offsetMinutes(zone) * 60_000);
}

/**
 * Normalises a date as pages write it to ISO 8601 in UTC (`2024-10-23T08:05:00.000Z`), honouring a
 * stated offset. A time without offset is taken as UTC, because guessing the publisher's zone would
 * make the result depend on the machine. Returns null for anything unreadable.
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number') return valid(value > 1e11 ? value : value * 1000);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d{10}(\d{3})?$/.test(text)) return normalizeDate(Number(text));
  const iso = ISO.exec(text);
  if (iso) return fromParts(iso[1]!, iso[2]!, iso[3]!, iso[4], iso[5], iso[6], iso[7], iso[8]);
  const german = GERMAN.exec(text);
  if (german) return fromParts(german[3]!, german[2]!, german[1]!, german[4], german[5]);
  if (ZONED_TEXT.test(text)) return valid(Date.parse(text));
  // A short value that is a date in words ("12. März 2021", "March 12, 2021 3:05 pm").
  return text.length <= 40 ? dateInText(text) : null;
}
