// A small made-up news day with wire copies, for the list tests of the store and the site: three
// texts republished by other sources (one original hidden by an editor, one copy pinned, one copy
// dated before its original) between ordinary articles, over two categories and a tag.
import type { Kysely } from 'kysely';
import { createSource, insertArticle, recordStoryMembership, upsertCategory } from '../../src/store/index.ts';
import type { Database } from '../../src/store/schema.ts';

/** The fixture's articles by name, with what the tests compare. */
export interface CopiesDay {
  /** Article ids by name (see the table in copiesDay). */
  id: Record<ArticleName, number>;
  /** Names of articles by id, to print readable failures. */
  name: (id: number) => string;
  source: Record<'abendbote' | 'boersenblick' | 'chronik', { id: number; slug: string; name: string }>;
}

type ArticleName = 'F0' | 'O' | 'F1' | 'C1' | 'C2' | 'F2' | 'P' | 'Q1' | 'Q2' | 'R' | 'R1' | 'T1' | 'T';

/**
 * Stores the fixture. Times on 2026-05-04 (UTC); texts: O is copied by C1 and C2, P (hidden) by Q1
 * and Q2, R by R1 (pinned), T by T1 (whose publisher dates it ten minutes before T). F* are single texts.
 *
 * | name | time  | source       | category | copy of | tag  |
 * | F0   | 08:00 | Abendbote    | politik  |         | wahl |
 * | O    | 09:00 | Abendbote    | politik  |         | wahl |
 * | F1   | 09:30 | Börsenblick  | sport    |         |      |
 * | C1   | 10:00 | Börsenblick  | sport    | O       | wahl |
 * | C2   | 10:00 | Chronik      | politik  | O       |      |
 * | F2   | 11:00 | Chronik      | politik  |         |      |
 * | P    | 12:00 | Börsenblick  | politik  | (hidden)|      |
 * | Q1   | 12:30 | Abendbote    | politik  | P       |      |
 * | Q2   | 13:00 | Chronik      | sport    | P       |      |
 * | R    | 14:00 | Chronik      | sport    |         |      |
 * | R1   | 14:10 | Abendbote    | politik  | R (pinned) |   |
 * | T1   | 14:50 | Börsenblick  | sport    | T       |      |
 * | T    | 15:00 | Abendbote    | sport    |         |      |
 */
export async function copiesDay(db: Kysely<Database>): Promise<CopiesDay> {
  const politik = await upsertCategory(db, { slug: 'politik', name: 'Politik' });
  const sport = await upsertCategory(db, { slug: 'sport', name: 'Sport' });
  const source = {
    abendbote: await createSource(db, { slug: 'abendbote', name: 'Abendbote', siteUrl: 'https://abendbote.example/' }),
    boersenblick: await createSource(db, { slug: 'boersenblick', name: 'Börsenblick', siteUrl: 'https://boersenblick.example/' }),
    chronik: await createSource(db, { slug: 'chronik', name: 'Chronik', siteUrl: 'https://chronik.example/' }),
  };
  const rows: Array<[ArticleName, string, keyof typeof source, 'politik' | 'sport', ArticleName | null]> = [
    ['F0', '08:00', 'abendbote', 'politik', null],
    ['O', '09:00', 'abendbote', 'politik', null],
    ['F1', '09:30', 'boersenblick', 'sport', null],
    ['C1', '10:00', 'boersenblick', 'sport', 'O'],
    ['C2', '10:00', 'chronik', 'politik', 'O'],
    ['F2', '11:00', 'chronik', 'politik', null],
    ['P', '12:00', 'boersenblick', 'politik', null],
    ['Q1', '12:30', 'abendbote', 'politik', 'P'],
    ['Q2', '13:00', 'chronik', 'sport', 'P'],
    ['R', '14:00', 'chronik', 'sport', null],
    ['R1', '14:10', 'abendbote', 'politik', 'R'],
    ['T', '15:00', 'abendbote', 'sport', null],
    ['T1', '14:50', 'boersenblick', 'sport', 'T'],
  ];
  const id = {} as Record<ArticleName, number>;
  // Stored (and analysed) in the order the copies arrive: T before T1 although T1 carries the earlier date.
  for (const [name, time, sourceKey, category, copyOf] of rows) {
    const published = `2026-05-04T${time}:00.000Z`;
    const text = copyOf ?? name;
    const stored = await insertArticle(db, {
      feedId: null,
      sourceId: source[sourceKey].id,
      categoryId: category === 'politik' ? politik.id : sport.id,
      guid: `kopien-${name}`,
      url: `https://${sourceKey}.example/${name.toLowerCase()}`,
      canonicalUrl: `https://${sourceKey}.example/${name.toLowerCase()}`,
      title: `Meldung ${text} bei ${source[sourceKey].name}`,
      lead: `Vorspann der Meldung ${text}.`,
      bodyHtml: `<p>Text der Meldung ${text}.</p>`,
      bodyText: `Text der Meldung ${text}.`,
      byline: copyOf ? 'dpa' : null,
      imageUrl: null,
      language: 'de',
      media: [],
      publishedAt: published,
      modifiedAt: null,
      firstSeenAt: new Date(Date.parse(published) + 5 * 60_000).toISOString(),
      extractionStatus: 'extracted',
      extractionError: null,
    });
    id[name] = stored.id;
    const original = copyOf ? id[copyOf] : stored.id;
    await recordStoryMembership(db, {
      articleId: stored.id,
      storyOpenerId: original,
      joinedAt: published,
      lang: 'de',
      duplicateOfId: copyOf ? id[copyOf] : null,
      title: `Meldung ${text}`,
      mergedOpenerIds: [],
      forgottenOpenerIds: [],
    });
  }
  await db.updateTable('articles').set({ hidden: 1 }).where('id', '=', id.P).execute();
  await db.updateTable('articles').set({ pinned_at: '2026-05-04T16:00:00.000Z' }).where('id', '=', id.R1).execute();
  const tag = await db.insertInto('tags').values({ slug: 'wahl', name: 'Wahl' }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('article_tags').values([id.F0, id.O, id.C1].map((article_id) => ({ article_id, tag_id: tag.id }))).execute();
  const names = new Map(Object.entries(id).map(([n, i]) => [i, n]));
  return {
    id,
    name: (i) => names.get(i) ?? `#${i}`,
    source: {
      abendbote: { id: source.abendbote.id, slug: 'abendbote', name: 'Abendbote' },
      boersenblick: { id: source.boersenblick.id, slug: 'boersenblick', name: 'Börsenblick' },
      chronik: { id: source.chronik.id, slug: 'chronik', name: 'Chronik' },
    },
  };
}
