import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../../src/ingest/extract/index.ts';
import { parseDocument } from '../../../src/ingest/extract/dom.ts';
import { applySiteRules, findSiteRule, keepOnlySiteBody, parseSiteRules, SITE_RULES } from '../../../src/ingest/extract/site-rules/index.ts';
import { recordingTrace } from '../../../src/ingest/extract/trace.ts';
import { AppError } from '../../../src/platform/errors.ts';

interface RuleFixture {
  url: string;
  paywalled: boolean;
  textContains: string[];
  textExcludes: string[];
}

const root = join(import.meta.dirname, '../../fixtures/extract');
const fixtures = readdirSync(root)
  .filter((name) => name.startsWith('rules-') && existsSync(join(root, name, 'expected.json')))
  .sort()
  .map((name) => ({
    name,
    html: readFileSync(join(root, name, 'input.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as RuleFixture,
  }));

const sentence = 'Der Gemeinderat hat am Abend nach langer Debatte beschlossen, die Brücke über den Fluss zu sanieren. ';

describe('site rules: one fixture per rule', () => {
  test('every shipped rule has a fixture page of its own', () => {
    const covered = new Set(fixtures.map((f) => findSiteRule(f.expected.url)?.name));
    const missing = SITE_RULES.filter((rule) => !covered.has(rule.name)).map((rule) => rule.name);
    assert.deepEqual(missing, []);
  });

  for (const { name, html, expected } of fixtures) {
    test(name, () => {
      const trace = recordingTrace();
      const article = extractArticle(html, { url: expected.url, trace });
      // The rule named the body, so the article came from the publisher's container and not from a guess.
      assert.ok(trace.entries.some((e) => e.action === 'kept' && e.rule === 'site-rule-body'), 'the rule found the body');
      assert.equal(article.paywalled, expected.paywalled, 'paywalled');
      for (const s of expected.textContains) assert.ok(article.text.includes(s), `text should contain ${JSON.stringify(s)}`);
      for (const s of expected.textExcludes) {
        assert.ok(!article.text.includes(s), `text should not contain ${JSON.stringify(s)}`);
        assert.ok(!article.html.includes(s), `html should not contain ${JSON.stringify(s)}`);
      }
      if (expected.paywalled) assert.ok(trace.entries.some((e) => e.rule === 'site-rule-paywall'), 'the payment prompt was removed by the rule');
    });
  }
});

describe('findSiteRule', () => {
  const cases = [
    { name: 'the host itself', url: 'https://spiegel.de/a', expected: 'DER SPIEGEL' },
    { name: 'a subdomain', url: 'https://www.spiegel.de/a', expected: 'DER SPIEGEL' },
    { name: 'a deeper subdomain, upper case', url: 'https://WIEN.ORF.AT/stories/1', expected: 'ORF' },
    { name: 'a host that merely ends with the name', url: 'https://notspiegel.de/a', expected: null },
    { name: 'a host that contains the name', url: 'https://spiegel.de.example.org/a', expected: null },
    { name: 'no URL', url: null, expected: null },
    { name: 'not a URL', url: 'spiegel.de', expected: null },
  ];
  for (const c of cases) test(c.name, () => assert.equal(findSiteRule(c.url)?.name ?? null, c.expected));
});

describe('applySiteRules', () => {
  const rules = parseSiteRules([
    { name: 'Beispielblatt', hosts: ['beispielblatt.example'], body: ['.story-text', '.story'], remove: ['.box'], paywall: ['.abo-wall'] },
  ]);

  test('a body selector matching an element without prose is skipped, and the next one is tried', () => {
    const doc = parseDocument(`<html><body><div class="story"><div class="story-text"><p>Kurz.</p></div><p>${sentence.repeat(3)}</p></div></body></html>`);
    const outcome = applySiteRules(doc, ['https://www.beispielblatt.example/a'], undefined, rules);
    assert.equal(outcome.body?.getAttribute('class'), 'story');
  });

  test('several matches of a body selector make one body: the element holding them all', () => {
    const doc = parseDocument(`<html><body><nav><p>Menü</p></nav><section id="text"><p class="story-text">${sentence}</p><div><p>Werbung</p></div><p class="story-text">${sentence.repeat(2)}</p></section></body></html>`);
    const outcome = applySiteRules(doc, ['https://beispielblatt.example/a'], undefined, rules);
    assert.equal(outcome.body?.getAttribute('id'), 'text');
    keepOnlySiteBody(doc, outcome.body);
    assert.equal(doc.querySelector('nav'), null, 'only the body is left for the generic search');
    assert.ok(doc.querySelector('#text'));
  });

  test('no body when the named element holds no prose: removals and paywall still apply', () => {
    const doc = parseDocument('<html><body><div class="story-text"><p>Kurz.</p></div><div class="box">Kasten</div><div class="abo-wall">Jetzt abonnieren</div></body></html>');
    const outcome = applySiteRules(doc, ['https://beispielblatt.example/a'], undefined, rules);
    assert.equal(outcome.body, null);
    assert.equal(outcome.paywalled, true);
    assert.equal(doc.querySelector('.box'), null);
    assert.equal(doc.querySelector('.abo-wall'), null);
  });

  test('the canonical URL decides when the page address has no rule (a copy served elsewhere)', () => {
    const doc = parseDocument('<html><body><div class="box">Kasten</div></body></html>');
    const outcome = applySiteRules(doc, ['http://localhost/page.html', 'https://beispielblatt.example/a'], undefined, rules);
    assert.equal(outcome.rule?.name, 'Beispielblatt');
    assert.equal(doc.querySelector('.box'), null);
  });

  test('a page of another host is left untouched', () => {
    const doc = parseDocument('<html><body><div class="box">Kasten</div><div class="abo-wall">Jetzt abonnieren</div></body></html>');
    const outcome = applySiteRules(doc, ['https://anderes-blatt.example/a'], undefined, rules);
    assert.deepEqual(outcome, { rule: null, body: null, paywalled: false });
    assert.ok(doc.querySelector('.box') && doc.querySelector('.abo-wall'));
  });
});

describe('parseSiteRules', () => {
  const valid = { name: 'Beispiel', hosts: ['beispiel.example'], body: ['article'] };

  test('fills the optional lists', () => {
    assert.deepEqual(parseSiteRules([valid]), [{ ...valid, remove: [], paywall: [] }]);
  });

  const invalid = [
    { name: 'a selector the engine cannot read', data: [{ ...valid, remove: ['div[[['] }], message: /0\.remove\.0: not a CSS selector/ },
    { name: 'a URL instead of a host', data: [{ ...valid, hosts: ['https://beispiel.example/'] }], message: /0\.hosts\.0: a host name/ },
    { name: 'a host claimed by two rules', data: [valid, { ...valid, name: 'Zweit' }], message: /already covered by the rule "Beispiel"/ },
    { name: 'an unknown key (a typo)', data: [{ ...valid, bdoy: ['p'] }], message: /bdoy/ },
    { name: 'not a list', data: { name: 'x' }, message: /\(root\)/ },
  ];
  for (const c of invalid) {
    test(`rejects ${c.name} with a stable code`, () => {
      assert.throws(() => parseSiteRules(c.data), (error: unknown) => {
        assert.ok(error instanceof AppError);
        assert.equal(error.code, 'invalid_rules');
        assert.match(error.message, c.message);
        return true;
      });
    });
  }

  test('lists every problem at once', () => {
    assert.throws(() => parseSiteRules([{ ...valid, hosts: [], body: [''] }]), /hosts.*; .*body\.0|body\.0.*; .*hosts/);
  });
});

describe('paywalled from the page itself', () => {
  test('JSON-LD isAccessibleForFree "False" marks the article, without any site rule', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Die Brücke', isAccessibleForFree: 'False' });
    const html = `<html lang="de"><head><script type="application/ld+json">${ld}</script></head><body><article><h1>Die Brücke</h1><p>${sentence.repeat(3)}</p></article></body></html>`;
    assert.equal(extractArticle(html, { url: 'https://blatt.example/a' }).paywalled, true);
    assert.equal(extractArticle(html.replace('"False"', 'true'), { url: 'https://blatt.example/a' }).paywalled, false);
  });
});
