import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addFeed, createSource } from '../../../src/store/index.ts';
import { countedStream, PIECE_BYTES } from '../support/counted-stream.ts';
import { dom, text } from '../support/dom.ts';
import { ADMIN, adminSite, browser, EDITOR, NOW } from './support.ts';

type Site = Awaited<ReturnType<typeof adminSite>>;

// Our own made-up subscription list: two new feeds in nested folders, one already subscribed, one invalid.
const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Abos aus dem Moor</title></head>
  <body>
    <outline text="Region">
      <outline text="Moorbach">
        <outline type="rss" text="Moorbacher Landbote" xmlUrl="https://landbote.example/feed.xml" htmlUrl="https://landbote.example/"/>
      </outline>
      <outline type="rss" text="Heidekurier" xmlUrl="https://heidekurier.example/feed.xml"/>
    </outline>
    <outline type="rss" text="Torfblatt" xmlUrl="https://torfblatt.example/rss"/>
    <outline type="rss" text="Kaputt" xmlUrl="javascript:alert(1)"/>
  </body>
</opml>`;

async function as(app: Site['app'], account: { name: string; password: string }) {
  const b = browser(app);
  assert.equal((await b.login(account)).status, 303);
  return b;
}

function upload(csrf: string | null, content: string | null, name = 'abos.opml'): FormData {
  const form = new FormData();
  if (csrf !== null) form.set('csrf', csrf);
  if (content !== null) form.set('file', new File([content], name, { type: 'text/x-opml' }));
  return form;
}

async function feedUrls(db: Site['db']) {
  return (await db.selectFrom('feeds').select('url').orderBy('id').execute()).map((r) => r.url);
}

async function auditActions(db: Site['db']) {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  return rows.filter((r) => r.action !== 'login' && r.action !== 'user.add').map((r) => `${r.user_name} ${r.action} ${r.target} ${r.detail ?? ''}`.trim());
}

async function seed(db: Site['db']) {
  const source = await createSource(db, { name: 'Heidekurier' });
  await addFeed(db, { sourceId: source.id, url: 'https://heidekurier.example/feed.xml', nextCheckAt: NOW });
}

/** A multipart upload of about `total` bytes, `head` the fields before the file, sent as a counted stream. */
function countedUpload(head: Record<string, string>, total: number) {
  const boundary = 'grenze7MoorbachXyz';
  const fields = Object.entries(head).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const fileHead = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="gross.opml"\r\nContent-Type: text/x-opml\r\n\r\n<opml>`;
  const stream = countedStream(fields.join('') + fileHead, total, `</opml>\r\n--${boundary}--\r\n`);
  return { ...stream, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('admin: OPML import and export', () => {
  test('an upload subscribes the new feeds and shows what was added and what was skipped; audited', async () => {
    const { app, db } = await adminSite();
    await seed(db);
    const b = await as(app, ADMIN);
    const form = dom((await b.get('/admin/opml')).body).querySelector('form[action="/admin/opml/import"]');
    assert.equal(form?.getAttribute('enctype'), 'multipart/form-data');
    const csrf = await b.csrfOf('/admin/opml');
    const answer = await b.postMultipart('/admin/opml/import', upload(csrf, OPML));
    assert.equal(answer.status, 200);
    const page = dom(answer.body);
    assert.equal(text(page.querySelector('#opml-result-title')), '2 hinzugefügt, 1 schon abonniert, 1 ungültig.');
    assert.deepEqual(Array.from(page.querySelectorAll('.opml-added li'), (li) => text(li)), ['https://landbote.example/feed.xml', 'https://torfblatt.example/rss']);
    assert.deepEqual(Array.from(page.querySelectorAll('.opml-invalid li'), (li) => text(li)), ['javascript:alert(1) (Kaputt): not an http(s) URL']);
    assert.deepEqual(await feedUrls(db), ['https://heidekurier.example/feed.xml', 'https://landbote.example/feed.xml', 'https://torfblatt.example/rss']);
    // The folders became categories, the inner one inside the outer one (the same use case as the CLI's import).
    const moorbach = await db.selectFrom('categories').selectAll().where('name', '=', 'Moorbach').executeTakeFirstOrThrow();
    const region = await db.selectFrom('categories').selectAll().where('name', '=', 'Region').executeTakeFirstOrThrow();
    assert.equal(moorbach.parent_id, region.id);
    assert.deepEqual(await auditActions(db), ['greta opml.import abos.opml 2 added, 1 already subscribed, 1 invalid']);

    // The same file again adds nothing.
    const again = await b.postMultipart('/admin/opml/import', upload(csrf, OPML));
    assert.equal(text(dom(again.body).querySelector('#opml-result-title')), '0 hinzugefügt, 3 schon abonniert, 1 ungültig.');
    assert.equal((await feedUrls(db)).length, 3);
  });

  test('the export downloads every feed as OPML, which imports again into an empty site', async () => {
    const { app, db } = await adminSite();
    await seed(db);
    const b = await as(app, ADMIN);
    await b.postMultipart('/admin/opml/import', upload(await b.csrfOf('/admin/opml'), OPML));
    const download = await b.get('/admin/opml/export');
    assert.equal(download.status, 200);
    assert.match(download.headers.get('Content-Type') ?? '', /^text\/x-opml/);
    assert.equal(download.headers.get('Content-Disposition'), 'attachment; filename="presseschau-feeds-2026-11-27.opml"');
    assert.equal(download.headers.get('Cache-Control'), 'no-store');
    const xmlUrls = [...download.body.matchAll(/xmlUrl="([^"]+)"/g)].map((m) => m[1]).sort();
    assert.deepEqual(xmlUrls, ['https://heidekurier.example/feed.xml', 'https://landbote.example/feed.xml', 'https://torfblatt.example/rss']);

    const other = await adminSite();
    const c = await as(other.app, ADMIN);
    const restored = await c.postMultipart('/admin/opml/import', upload(await c.csrfOf('/admin/opml'), download.body, 'export.opml'));
    assert.equal(text(dom(restored.body).querySelector('#opml-result-title')), '3 hinzugefügt, 0 schon abonniert, 0 ungültig.');
    assert.deepEqual((await feedUrls(other.db)).sort(), xmlUrls);
  });

  test('no file, an empty file, a file that is no OPML, a file too large: a clear error, nothing stored', async () => {
    const { app, db } = await adminSite();
    await seed(db);
    const b = await as(app, ADMIN);
    const csrf = await b.csrfOf('/admin/opml');
    for (const form of [upload(csrf, null), upload(csrf, '')]) {
      const answer = await b.postMultipart('/admin/opml/import', form);
      assert.equal(answer.status, 400);
      assert.equal(text(dom(answer.body).querySelector('[role="alert"]')), 'Bitte eine OPML-Datei auswählen.');
    }
    const notOpml = await b.postMultipart('/admin/opml/import', upload(csrf, 'Liebe Leserinnen und Leser, das ist ein Brief.', 'brief.txt'));
    assert.equal(notOpml.status, 400);
    assert.match(text(dom(notOpml.body).querySelector('[role="alert"]')), /^Die Eingabe ist ungültig: .*no OPML subscription list/);
    const huge = await b.postMultipart('/admin/opml/import', upload(csrf, `<opml>${' '.repeat(5 * 1024 * 1024)}</opml>`));
    assert.equal(huge.status, 303);
    assert.equal(huge.location, '/admin/opml?too-large=1');
    const explained = await b.get(huge.location!);
    assert.equal(text(dom(explained.body).querySelector('[role="alert"]')), 'Die Datei ist zu groß (höchstens 4 MB).');
    assert.deepEqual(await feedUrls(db), ['https://heidekurier.example/feed.xml']);
    assert.deepEqual(await auditActions(db), []);
  });

  test('in English too', async () => {
    const { app } = await adminSite();
    const b = await as(app, ADMIN);
    const cookie = [...b.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const page = await app.request('/admin/opml', { headers: { Cookie: `${cookie}; lang=en`, 'X-Forwarded-For': '192.0.2.10' } });
    const doc = dom(await page.text());
    assert.equal(text(doc.querySelector('h1')), 'OPML import and export');
    assert.equal(text(doc.querySelector('a[href="/admin/opml/export"]')), 'Download every feed as an OPML file');
  });

  test('without the CSRF token, as editor or anonymous: refused, nothing stored or audited', async () => {
    const { app, db } = await adminSite();
    const admin = await as(app, ADMIN);
    assert.equal((await admin.postMultipart('/admin/opml/import', upload(null, OPML))).status, 403);
    assert.equal((await admin.postMultipart('/admin/opml/import', upload('geraten', OPML))).status, 403);
    const editor = await as(app, EDITOR);
    assert.equal((await editor.postMultipart('/admin/opml/import', upload(await editor.csrfOf('/admin'), OPML))).status, 403);
    assert.equal((await editor.get('/admin/opml')).status, 403);
    assert.equal((await editor.get('/admin/opml/export')).status, 403);
    const anonymous = browser(app);
    assert.equal((await anonymous.postMultipart('/admin/opml/import', upload('x', OPML))).status, 403);
    assert.equal((await anonymous.get('/admin/opml/export')).status, 303);
    assert.deepEqual(await feedUrls(db), []);
    assert.deepEqual(await auditActions(db), []);
  });
  test('an anonymous upload, or one without the CSRF token as its first field, is refused before the file is read', async () => {
    const { app, db } = await adminSite();
    const admin = await as(app, ADMIN);
    const cookie = [...admin.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = await admin.csrfOf('/admin/opml');
    const cases: Array<{ who: string; cookie: string; head: Record<string, string> }> = [
      { who: 'anonymous', cookie: '', head: { csrf: 'geraten' } },
      { who: 'admin without token', cookie, head: {} },
      { who: 'admin with a wrong token', cookie, head: { csrf: 'geraten' } },
      { who: 'admin with the token after another field', cookie, head: { note: 'x', csrf } },
    ];
    for (const one of cases) {
      const upload = countedUpload(one.head, 4 * 1024 * 1024);
      const answer = await app.request('/admin/opml/import', {
        method: 'POST',
        body: upload.body,
        headers: { 'Content-Type': upload.contentType, Cookie: one.cookie, 'X-Forwarded-For': '192.0.2.10' },
        duplex: 'half',
      } as RequestInit);
      assert.equal(answer.status, 403, one.who);
      // Of the 4 MiB, the fields and at most the one piece a stream pulls ahead have left the sender.
      assert.ok(upload.pulled() < 2 * PIECE_BYTES, `${one.who}: ${upload.pulled()} bytes of the body were read`);
    }
    assert.deepEqual(await feedUrls(db), []);
    assert.deepEqual(await auditActions(db), []);

    // With the token first, the same kind of stream is read to its end and imported (an empty list).
    const upload = countedUpload({ csrf }, 128 * 1024);
    const answer = await app.request('/admin/opml/import', {
      method: 'POST',
      body: upload.body,
      headers: { 'Content-Type': upload.contentType, Cookie: cookie, 'X-Forwarded-For': '192.0.2.10' },
      duplex: 'half',
    } as RequestInit);
    assert.equal(answer.status, 200);
    assert.ok(upload.pulled() > 128 * 1024);
    assert.equal(text(dom(await answer.text()).querySelector('#opml-result-title')), '0 hinzugefügt, 0 schon abonniert, 0 ungültig.');
  });
});
