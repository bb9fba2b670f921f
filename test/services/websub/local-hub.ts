// A small WebSub hub and publisher on 127.0.0.1 for tests: it serves one feed that announces the hub,
// takes subscription requests, verifies them against the subscriber's callback and publishes signed content.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { signBody } from '../../../src/services/websub/signature.ts';

/** A subscription request the hub received, as its form fields. */
export type HubRequest = Record<string, string>;

/** A verification the hub made, and what the subscriber answered. */
export interface HubVerification {
  mode: string;
  challenge: string;
  status: number;
  body: string;
}

/** The running hub. */
export interface LocalHub {
  origin: string;
  hubUrl: string;
  feedUrl: string;
  /** Subscribe and unsubscribe requests received, in order. */
  requests: HubRequest[];
  verifications: HubVerification[];
  /** Verify each request right after answering 202 (default true). */
  autoVerify: boolean;
  /** Verify before answering 202 instead (default false). */
  verifyFirst: boolean;
  /** Whether the feed announces the hub (default true). */
  announceHub: boolean;
  /** Lease the hub grants, in seconds; default: what the subscriber asked for. */
  grantLeaseSeconds: number | null;
  /** How often the feed itself was fetched (GET /feed.xml). */
  feedFetches: number;
  /** The items of the served feed, newest first. */
  items: Array<{ guid: string; title: string }>;
  feedXml(): string;
  /** Resolves once `count` verifications have been answered. */
  waitForVerifications(count: number): Promise<HubVerification[]>;
  /** Calls the subscriber's callback like a hub verifying `request` (fields can be overridden). */
  verify(request: HubRequest, query?: Record<string, string>): Promise<HubVerification>;
  /** POSTs the current feed to a callback, signed with `secret` unless `signature` overrides the header (null: none). */
  publish(callback: string, secret: string, options?: { signature?: string | null; body?: string }): Promise<number>;
  close(): Promise<void>;
}

/** Starts the hub on an ephemeral port. */
export async function startLocalHub(): Promise<LocalHub> {
  const events = new EventEmitter();
  let origin = '';
  const hub: LocalHub = {
    origin: '',
    hubUrl: '',
    feedUrl: '',
    requests: [],
    verifications: [],
    autoVerify: true,
    verifyFirst: false,
    announceHub: true,
    grantLeaseSeconds: null,
    feedFetches: 0,
    items: [{ guid: 'eins', title: 'Erste Meldung' }],
    feedXml() {
      const links = hub.announceHub
        ? `<atom:link rel="hub" href="${origin}/hub"/><atom:link rel="self" href="${origin}/feed.xml" type="application/rss+xml"/>`
        : '';
      const items = hub.items
        .map((i) => `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title><link>${origin}/artikel/${i.guid}</link><description>Text zu ${i.title}.</description></item>`)
        .join('');
      return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Lokalblatt</title><link>${origin}/</link>${links}${items}</channel></rss>`;
    },
    waitForVerifications(count) {
      return new Promise((resolve) => {
        const check = () => {
          if (hub.verifications.length < count) return;
          events.off('verified', check);
          resolve(hub.verifications);
        };
        events.on('verified', check);
        check();
      });
    },
    async verify(request, query = {}) {
      const challenge = randomBytes(12).toString('hex');
      const url = new URL(request['hub.callback']!);
      url.searchParams.set('hub.mode', request['hub.mode']!);
      url.searchParams.set('hub.topic', request['hub.topic']!);
      url.searchParams.set('hub.challenge', challenge);
      if (request['hub.mode'] === 'subscribe') {
        url.searchParams.set('hub.lease_seconds', String(hub.grantLeaseSeconds ?? request['hub.lease_seconds']));
      }
      for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
      const response = await fetch(url);
      return { mode: url.searchParams.get('hub.mode') ?? '', challenge: url.searchParams.get('hub.challenge') ?? '', status: response.status, body: await response.text() };
    },
    async publish(callback, secret, options = {}) {
      const body = options.body ?? hub.feedXml();
      const signature = options.signature === undefined ? signBody(body, secret, 'sha256') : options.signature;
      const headers: Record<string, string> = { 'content-type': 'application/rss+xml' };
      if (signature !== null) headers['x-hub-signature'] = signature;
      const response = await fetch(callback, { method: 'POST', headers, body });
      await response.arrayBuffer();
      return response.status;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'GET' && path === '/feed.xml') {
      hub.feedFetches++;
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(hub.feedXml());
      return;
    }
    if (req.method === 'POST' && path === '/hub') {
      void readForm(req).then((form) => {
        hub.requests.push(form);
        const valid = ['subscribe', 'unsubscribe'].includes(form['hub.mode'] ?? '') && form['hub.topic'] && form['hub.callback'];
        const answer = () => {
          res.writeHead(valid ? 202 : 400, { 'content-type': 'text/plain' });
          res.end(valid ? 'accepted' : 'bad request');
        };
        if (!(valid && hub.autoVerify)) return answer();
        const verify = () =>
          hub.verify(form).then((v) => {
            hub.verifications.push(v);
            events.emit('verified');
          });
        // WebSub §5.3: the hub verifies asynchronously, usually after answering; a hub may also
        // verify before its answer reaches the subscriber (verifyFirst).
        if (hub.verifyFirst) void verify().then(answer);
        else {
          answer();
          void verify();
        }
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  hub.origin = origin;
  hub.hubUrl = `${origin}/hub`;
  hub.feedUrl = `${origin}/feed.xml`;
  return hub;
}

async function readForm(req: IncomingMessage): Promise<HubRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}
