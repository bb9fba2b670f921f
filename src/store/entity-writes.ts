// Writing the entity side of an article's analysis: entities found or created by alias, mentions, quotes.
import { slugOrEmpty } from '../domain/slug.ts';
import type { Insertable } from 'kysely';
import type { QuotesTable } from './schema.ts';
import type { DbOrTx } from './types.ts';

/** One entity an article names: its fullest name in the article, the other spellings, how often, first where. */
export interface EntityInput {
  type: string;
  name: string;
  /** Other spellings of it in the article ("Kiesewetter" for "Roderich Kiesewetter"). */
  aliases: string[];
  mentions: number;
  firstStart: number;
}

/** One quotation to store; `speaker` is the name of an entity of `entities` when one stands for it. */
export interface QuoteInput {
  text: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  cue: string | null;
  start: number;
  end: number;
}

const aliasKey = (name: string): string => name.trim().toLowerCase();

/** Values bound per statement: far below the limits of SQLite and PostgreSQL. */
const CHUNK = 500;

/**
 * The stored aliases of these keys of each type, with their entity and its name, by `type NUL alias`.
 * Each type's keys are asked for with their type: the primary key is (type, alias), and an alias alone
 * cannot use it, so the table was read whole for every article and got slower as it grew.
 */
async function knownAliases(db: DbOrTx, pairs: ReadonlyArray<readonly [type: string, alias: string]>): Promise<Map<string, { entityId: number; alias: string; name: string }>> {
  const known = new Map<string, { entityId: number; alias: string; name: string }>();
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const byType = new Map<string, string[]>();
    for (const [type, alias] of pairs.slice(i, i + CHUNK)) {
      const aliases = byType.get(type);
      if (aliases) aliases.push(alias);
      else byType.set(type, [alias]);
    }
    const rows = await db
      .selectFrom('entity_aliases as ea')
      .innerJoin('entities as e', 'e.id', 'ea.entity_id')
      .select(['ea.entity_id', 'ea.type', 'ea.alias', 'e.name'])
      .where((eb) => eb.or([...byType].map(([type, aliases]) => eb.and([eb('ea.type', '=', type), eb('ea.alias', 'in', aliases)]))))
      .execute();
    for (const r of rows) known.set(`${r.type}\u0000${r.alias}`, { entityId: r.entity_id, alias: r.alias, name: r.name });
  }
  return known;
}

/**
 * The entity of each name, in order: the one an alias already names (its canonical name first, then
 * the other spellings in alias order, as the alias index returns them), else a new one; an entity
 * found or created for one name is found by the names after it through the aliases it got. A person
 * first known by a surname takes the fuller name when it comes. The aliases are looked up in one
 * statement for all names, the slugs of the new entities in one, the new entities written in one and
 * their aliases in one; only a new full name of a stored person takes a statement of its own.
 */
async function resolveEntities(db: DbOrTx, entities: readonly EntityInput[], createdAt: readonly string[]): Promise<number[]> {
  const keysOf = entities.map((e) => [...new Set([e.name, ...e.aliases].map(aliasKey))]);
  // Each (type, alias) once; the same spelling of two types is looked up for each.
  const pairs = new Map(entities.flatMap((e, n) => keysOf[n]!.map((key) => [`${e.type}\u0000${key}`, [e.type, key] as const])));
  const known = await knownAliases(db, [...pairs.values()]);
  const nameOf = new Map<number, string>([...known.values()].map((k) => [k.entityId, k.name]));
  // Entities new to the database get ids below zero until they are written: -1 is created[0].
  const created: { type: string; name: string; slugFrom: string; at: string }[] = [];
  const added: { entity_id: number; type: string; alias: string }[] = [];
  const ids: number[] = [];
  for (const [n, e] of entities.entries()) {
    const keys = keysOf[n]!;
    const found = keys.flatMap((k) => known.get(`${e.type}\u0000${k}`) ?? []).sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
    const own = found.find((f) => f.alias === keys[0]) ?? found[0];
    let id: number;
    if (own) {
      id = own.entityId;
      const current = nameOf.get(id)!;
      if (e.type === 'person' && e.name.length > current.length && e.name.endsWith(` ${current}`)) {
        if (id < 0) created[-id - 1]!.name = e.name;
        else await db.updateTable('entities').set({ name: e.name }).where('id', '=', id).execute();
        nameOf.set(id, e.name);
      }
    } else {
      // The slug comes from the name it was first known by, as for a stored person renamed later.
      id = -created.push({ type: e.type, name: e.name, slugFrom: e.name, at: createdAt[n]! });
      nameOf.set(id, e.name);
    }
    // An alias already taken keeps its entity (the insert would do nothing for it).
    for (const alias of keys) {
      const key = `${e.type}\u0000${alias}`;
      if (known.has(key)) continue;
      known.set(key, { entityId: id, alias, name: e.name });
      added.push({ entity_id: id, type: e.type, alias });
    }
    ids.push(id);
  }
  const stored = await insertEntities(db, created);
  const real = (id: number): number => (id < 0 ? stored[-id - 1]! : id);
  for (let i = 0; i < added.length; i += CHUNK) {
    await db
      .insertInto('entity_aliases')
      .values(added.slice(i, i + CHUNK).map((a) => ({ ...a, entity_id: real(a.entity_id) })))
      .onConflict((oc) => oc.columns(['type', 'alias']).doNothing())
      .execute();
  }
  return ids.map(real);
}

/** Writes new entities with free slugs; their ids, in order. */
async function insertEntities(db: DbOrTx, created: readonly { type: string; name: string; slugFrom: string; at: string }[]): Promise<number[]> {
  if (created.length === 0) return [];
  const slugs = await freeSlugs(db, created.map((c) => ({ name: c.slugFrom, type: c.type })));
  const idBySlug = new Map<string, number>();
  for (let i = 0; i < created.length; i += CHUNK) {
    const rows = await db
      .insertInto('entities')
      .values(created.slice(i, i + CHUNK).map((c, k) => ({ type: c.type, name: c.name, slug: slugs[i + k]!, created_at: c.at })))
      .returning(['id', 'slug'])
      .execute();
    // Neither database promises the rows of RETURNING in the order of VALUES; the slug is unique.
    for (const r of rows) idBySlug.set(r.slug, r.id);
  }
  return slugs.map((slug) => idBySlug.get(slug)!);
}

// "paris" for the city; the club of the same name becomes "paris-organisation", then "paris-organisation-2".
// The two usual answers of every name are looked up by equality (the unique index) in one statement;
// only when both are taken are the numbered ones read. A prefix LIKE cannot use the index (case-blind
// on SQLite, collation on PostgreSQL), and reading every slug for each new name made storing names
// slower as they grew. Names earlier in the list take their slugs first, as if written one by one.
async function freeSlugs(db: DbOrTx, names: readonly { name: string; type: string }[]): Promise<string[]> {
  const candidates = names.map(({ name, type }) => {
    const base = slugOrEmpty(name) || type;
    return { base, typed: `${base}-${type === 'organization' ? 'organisation' : type === 'place' ? 'ort' : 'person'}` };
  });
  const wanted = [...new Set(candidates.flatMap((c) => [c.base, c.typed]))];
  const taken = new Set<string>();
  for (let i = 0; i < wanted.length; i += CHUNK) {
    for (const r of await db.selectFrom('entities').select('slug').where('slug', 'in', wanted.slice(i, i + CHUNK)).execute()) taken.add(r.slug);
  }
  const slugs: string[] = [];
  for (const { base, typed } of candidates) {
    let slug: string;
    if (!taken.has(base)) slug = base;
    else if (!taken.has(typed)) slug = typed;
    else {
      const numbered = new Set((await db.selectFrom('entities').select('slug').where('slug', 'like', `${typed}-%`).execute()).map((r) => r.slug));
      let n = 2;
      while (numbered.has(`${typed}-${n}`) || taken.has(`${typed}-${n}`)) n++;
      slug = `${typed}-${n}`;
    }
    taken.add(slug);
    slugs.push(slug);
  }
  return slugs;
}

/** The entities and quotes of one analysed article, to store; `at` dates the entities it is the first to name. */
export interface ArticleEntities {
  articleId: number;
  entities: readonly EntityInput[];
  quotes: readonly QuoteInput[];
  at: string;
}

/**
 * Stores the entities and quotes of one article (replacing any stored before). Call inside the
 * transaction that stores the article's story.
 */
export async function recordEntitiesAndQuotes(db: DbOrTx, articleId: number, entities: readonly EntityInput[], quotes: readonly QuoteInput[], at: string): Promise<void> {
  await recordEntitiesAndQuotesOfArticles(db, [{ articleId, entities, quotes, at }]);
}

/**
 * Stores the entities and quotes of several articles (replacing any stored before) as storing them one
 * after another in this order would: the names of all of them are resolved in one pass, so an entity
 * the first article creates is the one a later article's name finds. A few statements for all of
 * them (deletes, alias and slug lookups, inserts) instead of a few for each. Call inside the
 * transaction that stores the articles' stories.
 */
export async function recordEntitiesAndQuotesOfArticles(db: DbOrTx, articles: readonly ArticleEntities[]): Promise<void> {
  if (articles.length === 0) return;
  const ids = articles.map((a) => a.articleId);
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db.deleteFrom('quotes').where('article_id', 'in', ids.slice(i, i + CHUNK)).execute();
    await db.deleteFrom('article_entities').where('article_id', 'in', ids.slice(i, i + CHUNK)).execute();
  }
  const resolved = await resolveEntities(
    db,
    articles.flatMap((a) => a.entities),
    articles.flatMap((a) => a.entities.map(() => a.at)),
  );
  const mentionRows: { article_id: number; entity_id: number; mentions: number; first_start: number }[] = [];
  const quoteRows: Insertable<QuotesTable>[] = [];
  let offset = 0;
  for (const { articleId, entities, quotes } of articles) {
    const idByName = new Map<string, number>();
    const mentions = new Map<number, { mentions: number; firstStart: number }>();
    for (const [n, e] of entities.entries()) {
      const id = resolved[offset + n]!;
      if (!idByName.has(e.name)) idByName.set(e.name, id);
      // Two spellings of the article may resolve to one stored entity: their mentions add up.
      const seen = mentions.get(id);
      mentions.set(id, seen ? { mentions: seen.mentions + e.mentions, firstStart: Math.min(seen.firstStart, e.firstStart) } : { mentions: e.mentions, firstStart: e.firstStart });
    }
    offset += entities.length;
    for (const [entityId, m] of mentions) mentionRows.push({ article_id: articleId, entity_id: entityId, mentions: m.mentions, first_start: m.firstStart });
    for (const [position, q] of quotes.entries()) {
      const speakerId = q.speaker === null ? undefined : speakerEntity(q.speaker, entities, idByName);
      quoteRows.push({
        article_id: articleId,
        position,
        text: q.text,
        kind: q.kind,
        speaker_entity_id: speakerId ?? null,
        speaker_text: speakerId === undefined ? q.speaker : null,
        cue: q.cue,
        start_offset: q.start,
        end_offset: q.end,
      });
    }
  }
  for (let i = 0; i < mentionRows.length; i += CHUNK) await db.insertInto('article_entities').values(mentionRows.slice(i, i + CHUNK)).execute();
  for (let i = 0; i < quoteRows.length; i += CHUNK) await db.insertInto('quotes').values(quoteRows.slice(i, i + CHUNK)).execute();
}

/**
 * The entity of the article a speaker's name stands for: the one of that name, else a person of the
 * article that the name is a spelling of, or whose full name ends with it ("Ebeling" → "Jana Ebeling").
 */
function speakerEntity(speaker: string, entities: readonly EntityInput[], idByName: ReadonlyMap<string, number>): number | undefined {
  const exact = idByName.get(speaker);
  if (exact !== undefined) return exact;
  const person = entities.find((e) => e.type === 'person' && (e.aliases.includes(speaker) || e.name.endsWith(` ${speaker}`)));
  return person ? idByName.get(person.name) : undefined;
}
