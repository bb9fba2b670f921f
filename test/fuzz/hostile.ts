// Arbitraries for hostile text: entities (named, numeric, broken), CDATA, control characters, markup
// that nests and breaks off, script and URL vectors, broken dates and odd unicode.
import fc from 'fast-check';

const PIECES = [
  '&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&nbsp;', '&auml;', '&#x1F600;', '&#0;', '&#xD800;', '&#99999999;', '&', '&amp', '&#', '&#x;', '&unknown;',
  '<![CDATA[', ']]>', '<![CDATA[<b>x</b>]]>', '<!--', '-->', '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY e "boom">]>', '&e;',
  '\u0000', '\u0001', '\u0008', '\u000B', '\u001F', '\u007F', '\u0085', '\u2028', '\uFEFF', '\uFFFE', '\uD800', '\uDC00', '\r', '\r\n', '\t',
  '<', '>', '"', "'", '`', '=', '/', '\\',
  '<b>', '</b>', '<p>', '</p>', '<div><div><span>', '</span></div>', '<a href="javascript:alert(1)">', '</a>', '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>', '<style>*{}</style>', '<svg><script>alert(1)</script></svg>', '<math><mi>', '<iframe src="data:text/html,x">',
  '<a href=" java\tscript:alert(1)">', '<img srcset="javascript:x 1x, https://ok.example/a.jpg 2x">', '<object data="x">', '<form action="x">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<table><td>', '<select><option>', '<template>', '<base href="javascript:x">',
  'Ä', 'ß', 'é', 'Ã¤', 'â€™', '日本', '\u202E', '\u200B', '😀', 'ﬁ',
  'Mon, 32 Foo 2026 25:61:61 +9999', '2026-13-45T99:99:99Z', '0000-00-00', 'yesterday', '1e309', '-1', 'Fri, 27 Nov 2026 10:00:00 GMT',
  'https://news.example/a?b=1&c=2', '//evil.example/x', 'data:image/svg+xml,<svg onload=alert(1)>', 'vbscript:x', 'mailto:a@b.example', '../../etc/passwd',
];

/** One hostile snippet: a known nasty piece or arbitrary unicode. */
export const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Hostile text of a few pieces, joined. */
export const hostileText = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

/** Markup that nests (possibly deeply) and may break off: tags, attributes with hostile values, text. */
export const hostileMarkup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc
      .tuple(
        fc.constantFrom('p', 'div', 'span', 'a', 'img', 'b', 'table', 'td', 'ul', 'li', 'figure', 'svg', 'math', 'script', 'style', 'iframe', 'article', 'h1', 'pre', 'x-y'),
        fc.array(fc.tuple(fc.constantFrom('href', 'src', 'srcset', 'onclick', 'style', 'class', 'data-src', 'xlink:href', 'id', 'title'), hostileText), { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(([tag, attrs, kids, close]) => {
        const attrText = attrs.map(([n, v]) => ` ${n}="${v.replace(/"/g, '&quot;')}"`).join('');
        return `<${tag}${attrText}>${kids.join('')}${close ? `</${tag}>` : ''}`;
      }),
  ),
})).node;

/** A date as feeds write it: valid, nearly valid or nonsense. */
export const feedDate = fc.oneof(
  fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  hostileText,
);

/** A charset name, declared whether or not it matches the bytes. */
export const charsetName = fc.constantFrom('utf-8', 'UTF-8', 'iso-8859-1', 'windows-1252', 'utf-16', 'UTF-16LE', 'shift_jis', 'koi8-r', 'x-unknown', '', 'utf-8"', 'gb2312');
