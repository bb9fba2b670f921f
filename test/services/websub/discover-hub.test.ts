import { test } from 'node:test';
import assert from 'node:assert/strict';
import { discoverHub, type HubLinks } from '../../../src/services/websub/discover-hub.ts';

const BASE = 'https://zeitung.example/feeds/politik.xml';

const cases: Array<{ name: string; input: { linkHeader?: string; body: string }; expected: HubLinks }> = [
  {
    name: 'Atom: hub and self links in the feed head',
    input: {
      body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
        <link rel="hub" href="https://hub.example/"/><link rel="self" href="https://zeitung.example/atom"/>
        <entry><link rel="self" href="https://zeitung.example/entry-1"/></entry></feed>`,
    },
    expected: { hubs: ['https://hub.example/'], self: 'https://zeitung.example/atom' },
  },
  {
    name: 'RSS 2.0 with atom:link, attributes in any order, single quotes and an escaped &',
    input: {
      body: `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title>
        <atom:link href='https://hub.example/sub?a=1&amp;b=2' rel='hub' />
        <atom:link type="application/rss+xml" href="/feeds/politik.xml" rel="self"/>
        <link>https://zeitung.example/</link><item><title>x</title></item></channel></rss>`,
    },
    expected: { hubs: ['https://hub.example/sub?a=1&b=2'], self: 'https://zeitung.example/feeds/politik.xml' },
  },
  {
    name: 'several hubs keep their order; rel with several tokens counts',
    input: {
      body: `<feed><link rel="hub" href="https://a.example/hub"/><link rel="HUB  alternate" href="https://b.example/hub"/></feed>`,
    },
    expected: { hubs: ['https://a.example/hub', 'https://b.example/hub'], self: null },
  },
  {
    name: 'the Link header wins over the document',
    input: {
      linkHeader: '<https://header-hub.example/>; rel="hub", <https://zeitung.example/self-from-header>; rel=self',
      body: `<feed><link rel="hub" href="https://doc-hub.example/"/><link rel="self" href="https://zeitung.example/doc-self"/></feed>`,
    },
    expected: { hubs: ['https://header-hub.example/'], self: 'https://zeitung.example/self-from-header' },
  },
  {
    name: 'a Link header without hub leaves the document hub, commas inside a URL do not split',
    input: {
      linkHeader: '<https://zeitung.example/a,b>; rel="self"; type="application/atom+xml", <https://zeitung.example/p2>; rel="next"',
      body: `<feed><link rel="hub" href="https://doc-hub.example/"/></feed>`,
    },
    expected: { hubs: ['https://doc-hub.example/'], self: 'https://zeitung.example/a,b' },
  },
  {
    name: 'JSON Feed hubs and feed_url',
    input: {
      body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        feed_url: 'https://zeitung.example/feed.json',
        hubs: [{ type: 'rssCloud', url: 'https://cloud.example/' }, { type: 'WebSub', url: 'https://hub.example/' }],
        items: [],
      }),
    },
    expected: { hubs: ['https://hub.example/'], self: 'https://zeitung.example/feed.json' },
  },
  {
    name: 'a hub link inside an item does not count',
    input: { body: `<rss><channel><item><atom:link rel="hub" href="https://hub.example/"/></item></channel></rss>` },
    expected: { hubs: [], self: null },
  },
  {
    name: 'broken markup and non-http hubs are tolerated and skipped',
    input: { body: `<feed><link rel="hub" href="javascript:alert(1)"><link rel="hub" href="mailto:x@y"><link rel=hub href=https://ok.example/hub>` },
    expected: { hubs: ['https://ok.example/hub'], self: null },
  },
  {
    name: 'no links at all, or not even XML',
    input: { body: 'not a feed { at all' },
    expected: { hubs: [], self: null },
  },
];

for (const { name, input, expected } of cases) {
  test(`discoverHub: ${name}`, () => {
    assert.deepEqual(discoverHub({ linkHeader: input.linkHeader ?? null, body: input.body, baseUrl: BASE }), expected);
  });
}

test('discoverHub reads bytes as well as text', () => {
  const body = new TextEncoder().encode('<feed><link rel="hub" href="https://hub.example/"/></feed>');
  assert.deepEqual(discoverHub({ linkHeader: null, body, baseUrl: BASE }).hubs, ['https://hub.example/']);
});
