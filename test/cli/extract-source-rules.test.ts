// `presseschau extract` with the site rule an admin set for a source: the same rules the ingest
// applies to that source's items, looked up through the same use case, on the test database.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractCommand, type ExtractCommandDeps } from '../../src/cli/extract.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { CLI_ACTOR } from '../../src/services/accounts/deps.ts';
import { setSourceSiteRule } from '../../src/services/sources/extraction.ts';
import { extractionForPage } from '../../src/services/sources/page-source.ts';
import { addFeed, createSource, type Store } from '../../src/store/index.ts';
import { runCliCommand } from '../helpers/cli.ts';
import { openTestStore } from '../helpers/test-store.ts';

// Our own made-up page: a short report in `.meldung` (with an advert inside), beside a longer
// readers' forum that a generic extractor takes for the article.
const sentence = (n: number, topic: string) => `${topic} Nummer ${n} wurde am Abend im Gemeindesaal lange und mit vielen Stimmen besprochen.`;
const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Moorbote: Neue Fähre</title></head><body>
<main>
  <article class="meldung"><h1>Neue Fähre für den Hafen</h1>
    <p>Die Gemeinde kauft eine neue Fähre, die im Frühjahr den Betrieb aufnimmt.</p>
    <div class="anzeige"><p>Jetzt das Moorbote-Abo zum halben Preis sichern!</p></div>
    <p>Der alte Kahn geht an ein Museum in der Nachbarstadt, wo er im Sommer besichtigt werden kann.</p>
    <p>Die Fahrpläne bleiben gleich; die Fähre fährt weiter jede halbe Stunde zur Insel und zurück.</p>
  </article>
  <section class="forum">${Array.from({ length: 12 }, (_, i) => `<p>${sentence(i + 1, 'Leserbrief')}</p>`).join('')}</section>
</main></body></html>`;

const NOW = new Date('2026-11-27T10:00:00Z');

describe('extract with a source’s own site rule', () => {
  let store: Store;
  let dir: string;
  let file: string;
  let command: ReturnType<typeof createExtractCommand>;
  let lookups: number;
  let deps: { db: Store['db']; clock: ReturnType<typeof fixedClock>; fullText: boolean; logger: ReturnType<typeof silentLogger> };
  before(async () => {
    store = await openTestStore();
    deps = { db: store.db, clock: fixedClock(NOW), fullText: true, logger: silentLogger() };
    const moorbote = await createSource(store.db, { name: 'Moorbote', slug: 'moorbote', siteUrl: 'https://www.moorbote.example/' });
    await addFeed(store.db, { sourceId: moorbote.id, url: 'https://feeds.moorbote-verlag.example/rss', nextCheckAt: NOW });
    await createSource(store.db, { name: 'Heidekurier', slug: 'heidekurier', siteUrl: 'https://heidekurier.example/' });
    await setSourceSiteRule(deps, moorbote.id, { host: 'moorbote.example', body: '.meldung', remove: '.anzeige' }, CLI_ACTOR);
    lookups = 0;
    const siteRulesFor: ExtractCommandDeps['siteRulesFor'] = async (page) => {
      lookups++;
      return (await extractionForPage(deps, page)).siteRules;
    };
    command = createExtractCommand({ siteRulesFor });
    dir = await mkdtemp(join(tmpdir(), 'extract-source-'));
    file = join(dir, 'faehre.html');
    await writeFile(file, PAGE);
  });
  after(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const textOf = async (argv: string[]) => {
    const run = await runCliCommand(command, [...argv, '--format', 'text']);
    assert.equal(run.code, 0, run.stderr);
    return run.stdout;
  };

  test('a page on the source’s host is extracted with its rule: the report without the advert, not the forum', async () => {
    for (const url of ['https://moorbote.example/lokales/faehre', 'https://www.moorbote.example/lokales/faehre']) {
      const text = await textOf([file, '--url', url]);
      assert.match(text, /Die Gemeinde kauft eine neue Fähre/);
      assert.match(text, /Der alte Kahn geht an ein Museum/);
      assert.doesNotMatch(text, /Abo zum halben Preis/);
      assert.doesNotMatch(text, /Leserbrief Nummer/);
    }
  });

  test('the shipped rules alone for a page of no source or another source; --source names the source for any address', async () => {
    const shipped = await textOf([file, '--url', 'https://niemand.example/faehre']);
    assert.match(shipped, /Leserbrief Nummer/, 'the generic extraction takes the forum (why the admin set a rule)');
    assert.equal(await textOf([file, '--url', 'https://heidekurier.example/faehre']), shipped);
    // A saved file has no web address of its own: no source is looked up unless named.
    const before = lookups;
    assert.equal(await textOf([file]), shipped);
    assert.equal(lookups, before);
    // The rule is for its host: named for a page elsewhere, the source's rule does not match it.
    assert.equal(await textOf([file, '--source', 'moorbote', '--url', 'https://niemand.example/faehre']), shipped);
    const named = await textOf([file, '--source', 'moorbote', '--url', 'https://moorbote.example/faehre']);
    assert.doesNotMatch(named, /Leserbrief Nummer/);
  });

  test('an unknown --source is an error; --source with --batch is a usage error; the batch keeps its contract', async () => {
    const unknown = await runCliCommand(command, [file, '--source', 'gibtsnicht']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no source "gibtsnicht"/);
    const batchFile = join(dir, 'batch.jsonl');
    await writeFile(batchFile, JSON.stringify({ id: 'f', path: file, url: 'https://moorbote.example/lokales/faehre' }) + '\n');
    assert.equal((await runCliCommand(command, ['--batch', batchFile, '--source', 'moorbote'])).code, 2);
    // The batch reads no database: the same line as before, with the shipped rules.
    const before = lookups;
    const batch = await runCliCommand(command, ['--batch', batchFile]);
    assert.equal(batch.code, 0);
    const line = JSON.parse(batch.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(line), ['id', 'title', 'byline', 'published', 'lang', 'siteName', 'image', 'lead', 'text', 'html', 'error']);
    assert.match(String(line['text']), /Leserbrief Nummer/);
    assert.equal(lookups, before);
  });
  test('a second source on the host without a rule of its own changes nothing; two with rules need --source', async () => {
    const sport = await createSource(store.db, { name: 'Moorbote Sport', slug: 'moorbote-sport' });
    await addFeed(store.db, { sourceId: sport.id, url: 'https://moorbote.example/sport/rss', nextCheckAt: NOW });
    assert.doesNotMatch(await textOf([file, '--url', 'https://moorbote.example/lokales/faehre']), /Leserbrief Nummer/);
    await setSourceSiteRule(deps, sport.id, { host: 'moorbote.example', body: '.forum', remove: '' }, CLI_ACTOR);
    const ambiguous = await runCliCommand(command, [file, '--url', 'https://moorbote.example/lokales/faehre']);
    assert.equal(ambiguous.code, 1);
    assert.match(ambiguous.stderr, /several sources with their own site rule .*\(moorbote, moorbote-sport\)/);
    assert.doesNotMatch(await textOf([file, '--source', 'moorbote', '--url', 'https://moorbote.example/lokales/faehre']), /Leserbrief Nummer/);
    assert.doesNotMatch(await textOf([file, '--source', String(sport.id), '--url', 'https://moorbote.example/lokales/faehre']), /neue Fähre, die im Frühjahr/);
  });
});
