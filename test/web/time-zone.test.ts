import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config/config.ts';
import { zonedDay } from '../../src/domain/zoned-time.ts';
import { calendarDate } from '../../src/web/presenters/calendar.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { createIntelReader } from '../../src/services/intel/reader.ts';
import { createSiteReader } from '../../src/services/site/create-site-reader.ts';
import { createSite } from '../../src/web/app.ts';
import { openTestStore } from '../helpers/test-store.ts';
import { copiesDay } from '../store/article-lists-fixture.ts';
import { dom, one } from './support/dom.ts';
import { storedSite } from './support/stored-site.ts';

describe('the site time zone setting', () => {
  test('PRESSESCHAU_TIME_ZONE is Europe/Berlin by default, takes IANA names and refuses others', () => {
    assert.equal(loadConfig({}).site.timeZone, 'Europe/Berlin');
    assert.equal(loadConfig({ PRESSESCHAU_TIME_ZONE: 'America/New_York' }).site.timeZone, 'America/New_York');
    assert.throws(() => loadConfig({ PRESSESCHAU_TIME_ZONE: 'Mitteleuropa/Bonn' }), /PRESSESCHAU_TIME_ZONE/);
  });

  test('shown times and the date archive follow the configured zone', async () => {
    // "Alter Bericht aus dem Hafen" was published 2026-11-24T10:00Z: 11:00 on the 24th in Berlin,
    // midnight of the 25th on Kiritimati (UTC+14).
    const berlin = await storedSite();
    const kiritimati = await storedSite({ timeZone: 'Pacific/Kiritimati' });
    try {
      const a = berlin.articles.find((x) => x.title === 'Alter Bericht aus dem Hafen')!;
      const exact = async (site: typeof berlin.site) =>
        one(dom(await (await site.request(`/artikel/${a.id}/${a.slug}`)).text()), '.story__meta time').getAttribute('title');
      assert.match((await exact(berlin.site)) ?? '', /^24\. November 2026 um 11:00/);
      assert.match((await exact(kiritimati.site)) ?? '', /^25\. November 2026 um 00:00/);

      const listed = async (site: typeof berlin.site, path: string) => {
        const res = await site.request(path);
        return res.status === 200 && (await res.text()).includes(`/artikel/${a.id}/`);
      };
      assert.equal(await listed(berlin.site, '/archiv/2026/11/24'), true);
      assert.equal(await listed(berlin.site, '/archiv/2026/11/25'), false);
      assert.equal(await listed(kiritimati.site, '/archiv/2026/11/24'), false);
      assert.equal(await listed(kiritimati.site, '/archiv/2026/11/25'), true);
    } finally {
      await berlin.close();
      await kiritimati.close();
    }
  });

  test('story pages and their quotations give times in the configured zone, not in Berlin', async () => {
    // The story of text O: first article 09:00Z, last (the copies) 10:00Z on 4 May 2026; in Berlin
    // (summer time) 11:00 and 12:00, on Kiritimati (UTC+14) 23:00 on the 4th and midnight of the 5th.
    const store = await openTestStore();
    try {
      const day = await copiesDay(store.db);
      const story = await store.db.selectFrom('story_articles').select('story_id').where('article_id', '=', day.id.O).executeTakeFirstOrThrow();
      const author = await store.db.insertInto('entities').values({ type: 'person', name: 'Ina Vogt', slug: 'ina-vogt', created_at: '2026-05-04T09:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
      await store.db
        .insertInto('quotes')
        .values({ article_id: day.id.O, position: 0, text: 'Wir bleiben dran.', kind: 'direct', speaker_entity_id: author.id, speaker_text: null, cue: 'sagte', start_offset: 0, end_offset: 17 })
        .execute();
      const titles = async (timeZone: string | undefined, path: string) => {
        const site = createSite({
          reader: createSiteReader(store.db),
          intel: createIntelReader(store.db),
          config: { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de', ...(timeZone ? { timeZone } : {}) },
          logger: silentLogger(),
          clock: fixedClock(new Date('2026-05-06T12:00:00Z')),
        });
        const response = await site.request(path);
        assert.equal(response.status, 200, path);
        return Array.from(dom(await response.text()).querySelectorAll('main time')).map((t) => t.getAttribute('title') ?? '');
      };
      const storyPath = `/geschichte/${story.story_id}`;
      const berlin = await titles(undefined, storyPath);
      const kiritimati = await titles('Pacific/Kiritimati', storyPath);
      // The span under the heading: first and last article.
      assert.match(berlin[0]!, /^4\. Mai 2026 um 11:00/);
      assert.match(berlin[1]!, /^4\. Mai 2026 um 12:00/);
      assert.match(kiritimati[0]!, /^4\. Mai 2026 um 23:00/);
      assert.match(kiritimati[1]!, /^5\. Mai 2026 um 00:00/);
      // The timeline and the quotation (both of 09:00Z) follow the zone as well.
      assert.ok(kiritimati.slice(2).every((t) => !/ MESZ$/.test(t)), kiritimati.join(' | '));
      const quoteTimes = await titles('Pacific/Kiritimati', '/name/ina-vogt');
      assert.ok(quoteTimes.some((t) => /^4\. Mai 2026 um 23:00/.test(t)), quoteTimes.join(' | '));
      assert.ok((await titles(undefined, '/name/ina-vogt')).some((t) => /^4\. Mai 2026 um 11:00 MESZ/.test(t)));
    } finally {
      await store.close();
    }
  });

  test("the calendar date agrees with the zone's own reading around transitions, also in zones off the full hour", () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'];
    // Every 7 minutes over the nights of the 2026 transitions, plus a sweep through the year.
    const instants: number[] = [];
    for (const night of ['2026-03-08', '2026-03-29', '2026-04-05', '2026-09-27', '2026-10-04', '2026-10-25', '2026-11-01']) {
      const start = Date.parse(`${night}T00:00:00Z`) - 18 * 3_600_000;
      for (let t = start; t < start + 48 * 3_600_000; t += 7 * 60_000) instants.push(t);
    }
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 5 * 3_600_000 + 13 * 60_000) instants.push(t);
    let checked = 0;
    for (const zone of zones) {
      for (const t of instants) {
        assert.deepEqual(calendarDate(new Date(t), zone), zonedDay(new Date(t), zone), `${zone} at ${new Date(t).toISOString()}`);
        checked++;
      }
    }
    assert.ok(checked > 20_000);
  });
});
