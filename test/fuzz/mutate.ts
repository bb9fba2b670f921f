// Mutations of a valid document: truncation, duplicated spans, inserted syntax characters (`<`, `&`,
// quotes, NUL), random unicode and flipped bytes, a few at a time.
import fc from 'fast-check';

const INSERTS = ['<', '>', '&', '"', "'", '\u0000', ']]>', '<![CDATA[', '<!--', '</', '&#', '\uFFFD', '\uD83D', '\r', '<a ', '="', '{', '}', '[', ',', '\\'];

/** One edit at a relative position (0..1), applied to a string. */
type Edit = (text: string) => string;

const at = (pos: number, text: string) => Math.floor(pos * text.length);
const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  position.map((p): Edit => (t) => t.slice(0, at(p, t))),
  fc.tuple(position, fc.integer({ min: 1, max: 400 }), position).map(([from, len, to]): Edit => (t) => {
    const a = at(from, t);
    const b = at(to, t);
    return t.slice(0, b) + t.slice(a, a + len) + t.slice(b);
  }),
  fc.tuple(position, fc.constantFrom(...INSERTS)).map(([p, s]): Edit => (t) => t.slice(0, at(p, t)) + s + t.slice(at(p, t))),
  fc.tuple(position, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 })).map(([p, s]): Edit => (t) => t.slice(0, at(p, t)) + s + t.slice(at(p, t))),
  fc.tuple(position, fc.integer({ min: 1, max: 50 })).map(([p, len]): Edit => (t) => t.slice(0, at(p, t)) + t.slice(at(p, t) + len)),
  fc.tuple(position, fc.integer({ min: 0, max: 0xffff })).map(([p, code]): Edit => (t) => {
    const i = at(p, t);
    return t.slice(0, i) + String.fromCharCode(code) + t.slice(i + 1);
  }),
);

/** A string mutated by one to five edits. */
export function mutated(source: string): fc.Arbitrary<string> {
  return fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) => edits.reduce((text, e) => e(text), source));
}

/** Bytes mutated: flipped, inserted or cut bytes, so that charset decoding sees broken sequences too. */
export function mutatedBytes(source: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .array(fc.tuple(fc.constantFrom('flip', 'insert', 'cut'), position, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
    .map((edits) => {
      let bytes = Array.from(source);
      for (const [kind, p, value] of edits) {
        const i = Math.floor(p * bytes.length);
        if (kind === 'flip') bytes[i] = value;
        else if (kind === 'insert') bytes.splice(i, 0, value);
        else bytes = bytes.slice(0, i);
      }
      return Uint8Array.from(bytes);
    });
}
