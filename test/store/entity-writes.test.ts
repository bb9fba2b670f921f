import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompiledQuery, type Kysely, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { insertArticle } from '../../src/store/articles.ts';
import { recordEntitiesAndQuotes, recordEntitiesAndQuotesOfArticles, type ArticleEntities, type EntityInput, type QuoteInput } from '../../src/store/entity-writes.ts';
import type { Database } from '../../src/store/schema.ts';
import { createSource } from '../../src/store/sources.ts';
import { recordStatements } from '../helpers/statements.ts';
import { sqliteOnly } from '../helpers/test-store.ts';
import { memoryStore, newArticle } from './helpers.ts';

const AT = '2026-03-01T10:00:00.000Z';

async function setup() {
  const { db } = await memoryStore();
  const source = await createSource(db, { name: 'Kurier' });
  const article = async (n: number) => (await insertArticle(db, newArticle(n, { feedId: null, sourceId: source.id }))).id;
  return { db, article };
}

const entity = (type: string, name: string, aliases: string[] = [], mentions = 1): EntityInput => ({ type, name, aliases, mentions, firstStart: 0 });

async function entitiesOf(db: Kysely<Database>, articleId: number) {
  return db
    .selectFrom('article_entities as ae')
    .innerJoin('entities as e', 'e.id', 'ae.entity_id')
    .select(['e.id', 'e.name', 'e.type', 'e.slug', 'ae.mentions'])
    .where('ae.article_id', '=', articleId)
    .orderBy('e.id')
    .execute();
}

test('names known from earlier articles are found in one statement and nothing is written for their aliases', async () => {
  const { db, article } = await setup();
  await recordEntitiesAndQuotes(db, await article(1), [entity('person', 'Jana Ebeling', ['Ebeling']), entity('place', 'Oldenburg')], [], AT);
  const second = await article(2);
  const run = recordStatements(db);
  await recordEntitiesAndQuotes(run.db, second, [entity('person', 'Ebeling'), entity('place', 'Oldenburg', [], 2)], [], AT);
  assert.deepEqual(run.statements, ['delete quotes', 'delete article_entities', 'select entity_aliases', 'insert article_entities']);
  assert.deepEqual((await entitiesOf(db, second)).map((e) => [e.name, e.mentions]), [['Jana Ebeling', 1], ['Oldenburg', 2]]);
});

test('known aliases are looked up by type and alias, the primary key, not by reading every alias', { skip: sqliteOnly }, async () => {
  const { db, article } = await setup();
  await recordEntitiesAndQuotes(db, await article(1), [entity('person', 'Jana Ebeling', ['Ebeling']), entity('place', 'Oldenburg')], [], AT);
  const lookups: RootOperationNode[] = [];
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      const node = args.node as { kind: string; from?: { froms: { node?: { table: { identifier: { name: string } } } }[] } };
      if (node.kind === 'SelectQueryNode' && node.from?.froms[0]?.node?.table.identifier.name === 'entity_aliases') lookups.push(args.node);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  await recordEntitiesAndQuotes(db.withPlugin(plugin), await article(2), [entity('person', 'Ebeling'), entity('place', 'Oldenburg'), entity('organization', 'Stadtwerke')], [], AT);
  assert.equal(lookups.length, 1);
  const compiled = db.getExecutor().compileQuery(lookups[0]!, { queryId: 'alias-lookup' });
  const plan = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]));
  const details = plan.rows.map((r) => r.detail).join(' | ');
  assert.doesNotMatch(details, /\bSCAN ea\b/, details);
  assert.match(details, /SEARCH ea USING INDEX \S+ \(type=\? AND alias=\?\)/, details);
});

test('within one article a later name finds the entity an earlier one created, and a surname takes the full name', async () => {
  const { db, article } = await setup();
  // Known so far only by the surname.
  await recordEntitiesAndQuotes(db, await article(1), [entity('person', 'Ebeling')], [], AT);
  const id = await article(2);
  await recordEntitiesAndQuotes(
    db,
    id,
    [
      entity('organization', 'Stadtwerke Oldenburg', ['Stadtwerke']),
      // The alias the organisation just got names it: the same entity, mentions added up.
      entity('organization', 'Stadtwerke', [], 2),
      entity('person', 'Jana Ebeling', ['Ebeling']),
      // Same spelling, other type: an entity of its own.
      entity('place', 'Stadtwerke'),
    ],
    [{ text: '„Wir bauen.“', kind: 'direct', speaker: 'Ebeling', cue: 'sagte', start: 0, end: 10 }],
    AT,
  );
  const stored = await entitiesOf(db, id);
  assert.deepEqual(stored.map((e) => [e.type, e.name, e.mentions]), [
    ['person', 'Jana Ebeling', 1],
    ['organization', 'Stadtwerke Oldenburg', 3],
    ['place', 'Stadtwerke', 1],
  ]);
  assert.equal(stored[0]!.slug, 'ebeling', 'a renamed person keeps the slug');
  const aliases = await db.selectFrom('entity_aliases').select(['type', 'alias', 'entity_id']).orderBy('type').orderBy('alias').execute();
  assert.deepEqual(aliases.map((a) => [a.type, a.alias]), [
    ['organization', 'stadtwerke'], ['organization', 'stadtwerke oldenburg'], ['person', 'ebeling'], ['person', 'jana ebeling'], ['place', 'stadtwerke'],
  ]);
  const quote = await db.selectFrom('quotes').select(['speaker_entity_id', 'speaker_text']).executeTakeFirstOrThrow();
  assert.deepEqual(quote, { speaker_entity_id: stored[0]!.id, speaker_text: null });
});

test('a name whose spellings point to two entities goes with the one its own name names, else the first alias', async () => {
  const { db, article } = await setup();
  await recordEntitiesAndQuotes(db, await article(1), [entity('person', 'Anna Berg', ['Berg']), entity('person', 'Tim Auer', ['Auer'])], [], AT);
  const id = await article(2);
  await recordEntitiesAndQuotes(db, id, [entity('person', 'Tim Auer', ['Berg']), entity('person', 'Kai Neu', ['Berg', 'Auer'])], [], AT);
  // "Kai Neu" is unknown: of its known spellings "auer" sorts before "berg".
  assert.deepEqual((await entitiesOf(db, id)).map((e) => [e.name, e.mentions]), [['Tim Auer', 2]]);
});

test('names that make the same slug get the plain one, then the typed one, then numbered ones', async () => {
  const { db, article } = await setup();
  const names = ['Jana Müller', 'Jana Mueller', 'Jana-Müller', 'Jana  Müller'];
  for (const [n, name] of names.entries()) await recordEntitiesAndQuotes(db, await article(n + 1), [entity('person', name)], [], AT);
  const slugs = await db.selectFrom('entities').select(['name', 'slug']).orderBy('id').execute();
  assert.deepEqual(
    slugs.map((e) => e.slug),
    ['jana-mueller', 'jana-mueller-person', 'jana-mueller-person-2', 'jana-mueller-person-3'],
  );
  // A place of the same name takes its own typed slug, beside the people's.
  await recordEntitiesAndQuotes(db, await article(9), [entity('place', 'Jana Müller')], [], AT);
  const place = await db.selectFrom('entities').select('slug').where('type', '=', 'place').executeTakeFirstOrThrow();
  assert.equal(place.slug, 'jana-mueller-ort');
});

test('the new entities of an article are written in one statement after one slug lookup, whatever their number', async () => {
  const { db, article } = await setup();
  const id = await article(1);
  const run = recordStatements(db);
  const names = ['Jana Ebeling', 'Tim Auer', 'Anna Berg', 'Kai Neu', 'Lea Sommer', 'Ole Winter'].map((name) => entity('person', name));
  await recordEntitiesAndQuotes(run.db, id, [...names, entity('place', 'Oldenburg'), entity('organization', 'Stadtwerke')], [], AT);
  assert.deepEqual(run.statements, [
    'delete quotes', 'delete article_entities', 'select entity_aliases', 'select entities', 'insert entities', 'insert entity_aliases', 'insert article_entities',
  ]);
  const stored = await entitiesOf(db, id);
  assert.deepEqual(stored.map((e) => [e.name, e.slug]), [
    ['Jana Ebeling', 'jana-ebeling'], ['Tim Auer', 'tim-auer'], ['Anna Berg', 'anna-berg'], ['Kai Neu', 'kai-neu'],
    ['Lea Sommer', 'lea-sommer'], ['Ole Winter', 'ole-winter'], ['Oldenburg', 'oldenburg'], ['Stadtwerke', 'stadtwerke'],
  ]);
  // Each alias points at the entity of its own name, not at a neighbour written in the same statement.
  const aliases = await db.selectFrom('entity_aliases as ea').innerJoin('entities as e', 'e.id', 'ea.entity_id').select(['ea.alias', 'e.name']).execute();
  for (const a of aliases) assert.equal(a.alias, a.name.toLowerCase());
});

test('names of one article that make the same slug share it out in their order, beside the slugs already stored', async () => {
  const { db, article } = await setup();
  await recordEntitiesAndQuotes(db, await article(1), [entity('person', 'Jana Müller')], [], AT);
  const id = await article(2);
  await recordEntitiesAndQuotes(db, id, [entity('person', 'Jana Mueller'), entity('place', 'Jana Müller'), entity('person', 'Jana-Müller'), entity('person', 'Jana  Müller')], [], AT);
  const slugs = await db.selectFrom('entities').select(['type', 'name', 'slug']).orderBy('slug').execute();
  assert.deepEqual(slugs.map((e) => e.slug), ['jana-mueller', 'jana-mueller-ort', 'jana-mueller-person', 'jana-mueller-person-2', 'jana-mueller-person-3']);
  assert.equal(slugs.find((e) => e.type === 'place')!.slug, 'jana-mueller-ort');
  assert.equal(slugs.find((e) => e.name === 'Jana  Müller')!.slug, 'jana-mueller-person-3');
});

const quote = (speaker: string | null, text = 'Wir bauen.'): QuoteInput => ({ text, kind: 'direct', speaker, cue: 'sagte', start: 0, end: text.length });

/** Everything the entity side stores, comparable between two databases (ids of articles in order). */
async function entityTables(db: Kysely<Database>, articleIds: number[]) {
  const ordinal = (id: number) => articleIds.indexOf(id);
  const entities = await db.selectFrom('entities').select(['id', 'type', 'name', 'slug', 'created_at']).orderBy('id').execute();
  const entityOrdinal = new Map(entities.map((e, n) => [e.id, n]));
  return {
    entities: entities.map((e) => [e.type, e.name, e.slug, e.created_at]),
    aliases: (await db.selectFrom('entity_aliases').selectAll().orderBy('type').orderBy('alias').execute()).map((a) => [a.type, a.alias, entityOrdinal.get(a.entity_id)]),
    mentions: (await db.selectFrom('article_entities').selectAll().execute())
      .map((m) => [ordinal(m.article_id), entityOrdinal.get(m.entity_id), m.mentions, m.first_start])
      .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!),
    quotes: (await db.selectFrom('quotes').select(['article_id', 'position', 'text', 'speaker_entity_id', 'speaker_text']).execute())
      .map((q) => [ordinal(q.article_id), q.position, q.text, q.speaker_entity_id === null ? null : entityOrdinal.get(q.speaker_entity_id), q.speaker_text])
      .sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number)),
  };
}

test('the entities and quotes of several articles stored together are what storing them one after another stores', async () => {
  // Later articles find what earlier ones created: a surname before the full name, an alias taken
  // twice, one slug wanted by two names, a speaker by surname, and an article named again.
  const batch = (ids: number[]): ArticleEntities[] => [
    { articleId: ids[0]!, at: '2026-03-01T08:00:00.000Z', entities: [entity('person', 'Ebeling', [], 2), entity('place', 'Oldenburg')], quotes: [quote('Ebeling')] },
    { articleId: ids[1]!, at: '2026-03-01T09:00:00.000Z', entities: [entity('person', 'Jana Ebeling', ['Ebeling']), entity('organization', 'Oldenburg')], quotes: [quote('Ebeling'), quote('Kai Neu', 'Nein.')] },
    { articleId: ids[2]!, at: '2026-03-01T10:00:00.000Z', entities: [entity('person', 'Kai Neu', ['Neu']), entity('person', 'Tim Auer', ['Neu']), entity('place', 'Oldenburg', [], 3)], quotes: [] },
    { articleId: ids[3]!, at: '2026-03-01T11:00:00.000Z', entities: [], quotes: [quote(null, 'Niemand.')] },
    { articleId: ids[0]!, at: '2026-03-01T12:00:00.000Z', entities: [entity('person', 'Jana Ebeling')], quotes: [] },
  ];
  const one = await setup();
  const together = await setup();
  const oneIds = [await one.article(1), await one.article(2), await one.article(3), await one.article(4)];
  const togetherIds = [await together.article(1), await together.article(2), await together.article(3), await together.article(4)];
  for (const a of batch(oneIds)) await recordEntitiesAndQuotes(one.db, a.articleId, a.entities, a.quotes, a.at);
  // The first article comes twice: once its first analysis, once again (an edit), as a batch may not hold; both ways replace.
  const run = recordStatements(together.db);
  await recordEntitiesAndQuotesOfArticles(run.db, batch(togetherIds).slice(0, 4));
  await recordEntitiesAndQuotesOfArticles(together.db, batch(togetherIds).slice(4));
  assert.deepEqual(await entityTables(together.db, togetherIds), await entityTables(one.db, oneIds));
  assert.deepEqual(run.statements, [
    'delete quotes', 'delete article_entities', 'select entity_aliases', 'select entities', 'insert entities', 'insert entity_aliases', 'insert article_entities', 'insert quotes',
  ]);
  const stored = await entityTables(together.db, togetherIds);
  assert.ok(stored.quotes.some((q) => q[4] === null && q[3] !== null), 'a speaker found by surname');
});
