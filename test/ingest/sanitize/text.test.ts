import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToMarkdown, htmlToText } from '../../../src/ingest/sanitize/index.ts';

const textCases: Array<{ name: string; input: string; expected: string }> = [
  { name: 'paragraphs are separated by a blank line, never glued', input: '<p>Ende.</p><p>Neu</p>', expected: 'Ende.\n\nNeu' },
  { name: 'whitespace collapsed inside a block', input: '<p>  ein\n   Satz\t mit  <b>Lücken</b> </p>', expected: 'ein Satz mit Lücken' },
  { name: 'br is a line break', input: '<p>Zeile 1<br>Zeile 2</p>', expected: 'Zeile 1\nZeile 2' },
  { name: 'headings and list items are blocks', input: '<h2>Kopf</h2><ul><li>a</li><li>b</li></ul>', expected: 'Kopf\n\na\n\nb' },
  { name: 'media blocks are left out', input: '<p>vorher.</p><figure data-media="video"><a>Interview</a><figcaption>Interview · 18:17</figcaption></figure><p>nachher</p>', expected: 'vorher.\n\nnachher' },
  { name: 'ordinary figures keep their caption', input: '<figure><img src="x"><figcaption>Foto: Archiv</figcaption></figure>', expected: 'Foto: Archiv' },
  { name: 'table cells do not glue', input: '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>', expected: 'a b\n\nc d' },
  { name: 'entities decoded', input: '<p>Fish &amp; Chips&nbsp;&mdash; gut</p>', expected: 'Fish & Chips — gut' },
  { name: 'loose text between blocks', input: 'lose<p>p</p>text', expected: 'lose\n\np\n\ntext' },
  { name: 'empty input', input: '', expected: '' },
];

describe('htmlToText', () => {
  for (const c of textCases) test(c.name, () => assert.equal(htmlToText(c.input), c.expected));
});

const markdownCases: Array<{ name: string; input: string; expected: string }> = [
  { name: 'headings', input: '<h2>Zwei</h2><h3>Drei</h3>', expected: '## Zwei\n\n### Drei' },
  { name: 'links and emphasis', input: '<p>Siehe <a href="https://a.example/">hier</a> und <strong>fett</strong>, <em>kursiv</em>.</p>', expected: 'Siehe [hier](https://a.example/) und **fett**, *kursiv*.' },
  { name: 'lists', input: '<ul><li>a</li><li>b</li></ul><ol><li>x</li><li>y</li></ol>', expected: '- a\n- b\n\n1. x\n2. y' },
  { name: 'quotes', input: '<blockquote><p>Eins</p><p>Zwei</p></blockquote>', expected: '> Eins\n>\n> Zwei' },
  { name: 'markdown characters escaped', input: '<p>a*b_c [d]</p>', expected: 'a\\*b\\_c \\[d\\]' },
  { name: 'media block as a link line', input: '<figure data-media="video" data-duration="60"><a href="https://v.example/1">T</a><figcaption>T · 1:00</figcaption></figure>', expected: '[▶ T · 1:00](https://v.example/1)' },
];

describe('htmlToMarkdown', () => {
  for (const c of markdownCases) test(c.name, () => assert.equal(htmlToMarkdown(c.input), c.expected));
});
