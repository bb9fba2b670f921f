import type { Selectable, Updateable } from 'kysely';
import type { DisplayPolicy, SourceRef } from '../domain/read-models.ts';
import { slugify } from '../domain/slug.ts';
import { canonicalizeUrl } from '../domain/url.ts';
import { AppError } from '../platform/errors.ts';
import { isUniqueViolation } from './errors.ts';
import type { SourcesTable } from './schema.ts';
import { toStoredTime } from './time.ts';
import { getSetting } from './settings.ts';
import type { DbOrTx } from './types.ts';

/** A source with everything the admin edits; a superset of the site's SourceRef. */
export interface SourceRecord extends SourceRef {
  language: string | null;
  categoryId: number | null;
  displayPolicy: DisplayPolicy;
  readMoreText: string | null;
  createdAt: string;
}

/** What createSource needs; the slug defaults to the slugified name. */
export interface NewSource {
  slug?: string;
  name: string;
  siteUrl?: string | null;
  language?: string | null;
  categoryId?: number | null;
  displayPolicy?: DisplayPolicy;
  readMoreText?: string | null;
  createdAt?: Date;
}

/** The editable fields of a source; absent fields stay as they are. */
export type SourcePatch = Partial<Omit<NewSource, 'createdAt'>>;

const DISPLAY_POLICIES: readonly DisplayPolicy[] = ['full', 'excerpt', 'headline'];

/** Reads a stored display policy; an unknown value (edited by hand) counts as the most careful one. */
export function toDisplayPolicy(value: string): DisplayPolicy {
  return (DISPLAY_POLICIES as readonly string[]).includes(value) ? (value as DisplayPolicy) : 'headline';
}

function present(row: Selectable<SourcesTable>): SourceRecord {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    siteUrl: row.site_url,
    language: row.language,
    categoryId: row.category_id,
    displayPolicy: toDisplayPolicy(row.display_policy),
    readMoreText: row.read_more_text,
    createdAt: row.created_at,
  };
}

/** Only the fields of SourceRef, for read models that must not carry admin fields. */
export function toSourceRef(source: SourceRef): SourceRef {
  return { id: source.id, slug: source.slug, name: source.name, siteUrl: source.siteUrl };
}

// Site URLs are stored canonical so that findSourceBySiteUrl matches however the URL was written.
function storedSiteUrl(url: string | null | undefined): string | null {
  if (url == null || url.trim() === '') return null;
  return canonicalizeUrl(url) ?? url.trim();
}

async function firstFreeSlug(db: DbOrTx, base: string): Promise<string> {
  // slugify yields only [a-z0-9-], so the LIKE pattern has no wildcards of its own.
  const rows = await db
    .selectFrom('sources')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  const taken = new Set(rows.map((r) => r.slug));
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/**
 * Creates a source. Without a slug it gets slugify(name), made unique with -2, -3…; an explicit slug
 * that is taken is AppError('store', 'duplicate_source').
 */
export async function createSource(db: DbOrTx, input: NewSource): Promise<SourceRecord> {
  const explicit = input.slug !== undefined;
  const base = slugify(input.slug ?? input.name);
  // A concurrent writer may take the slug between the look-up and the insert; then look again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = explicit ? base : await firstFreeSlug(db, base);
    const row = await db
      .insertInto('sources')
      .values({
        slug,
        name: input.name,
        site_url: storedSiteUrl(input.siteUrl),
        language: input.language ?? null,
        category_id: input.categoryId ?? null,
        // Without an explicit policy a new source takes the admin's default (settings), else the column's.
        display_policy: input.displayPolicy ?? (await defaultDisplayPolicy(db)),
        read_more_text: input.readMoreText ?? null,
        created_at: toStoredTime(input.createdAt ?? new Date()),
      })
      .onConflict((oc) => oc.column('slug').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row) return present(row);
    if (explicit) throw new AppError('store', 'duplicate_source', `a source with the slug "${slug}" exists`);
  }
  throw new AppError('store', 'duplicate_source', `no free slug found for "${base}"`);
}

/** The source with this slug, or null. */
export async function getSourceBySlug(db: DbOrTx, slug: string): Promise<SourceRecord | null> {
  const row = await db.selectFrom('sources').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? present(row) : null;
}

/** The source with this id, or null. */
export async function getSourceById(db: DbOrTx, id: number): Promise<SourceRecord | null> {
  const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? present(row) : null;
}

/** The source whose site URL is this one (compared in canonical form), or null. */
export async function findSourceBySiteUrl(db: DbOrTx, siteUrl: string): Promise<SourceRecord | null> {
  const url = storedSiteUrl(siteUrl);
  if (url === null) return null;
  const row = await db.selectFrom('sources').selectAll().where('site_url', '=', url).orderBy('id').executeTakeFirst();
  return row ? present(row) : null;
}

/** All sources by name. */
export async function listSources(db: DbOrTx): Promise<SourceRecord[]> {
  const rows = await db.selectFrom('sources').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(present);
}

/**
 * Changes the given fields of a source and returns it, or null when there is no such source. A slug
 * is slugified; one that is taken is AppError('store', 'duplicate_source').
 */
export async function updateSource(db: DbOrTx, id: number, patch: SourcePatch): Promise<SourceRecord | null> {
  const set: Updateable<SourcesTable> = {};
  if (patch.slug !== undefined) set.slug = slugify(patch.slug);
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.siteUrl !== undefined) set.site_url = storedSiteUrl(patch.siteUrl);
  if (patch.language !== undefined) set.language = patch.language;
  if (patch.categoryId !== undefined) set.category_id = patch.categoryId;
  if (patch.displayPolicy !== undefined) set.display_policy = patch.displayPolicy;
  if (patch.readMoreText !== undefined) set.read_more_text = patch.readMoreText;
  if (Object.keys(set).length === 0) return getSourceById(db, id);
  try {
    const row = await db.updateTable('sources').set(set).where('id', '=', id).returningAll().executeTakeFirst();
    return row ? present(row) : null;
  } catch (cause) {
    if (!isUniqueViolation(cause)) throw cause;
    throw new AppError('store', 'duplicate_source', `a source with the slug "${set.slug}" exists`, { cause });
  }
}

/** Deletes a source; its feeds and articles go with it (ON DELETE CASCADE). False when there was none. */
export async function deleteSource(db: DbOrTx, id: number): Promise<boolean> {
  const result = await db.deleteFrom('sources').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The settings key of the display policy new sources start with. */
export const DEFAULT_DISPLAY_POLICY_KEY = 'display.default_policy';

/** The display policy the admin chose for new sources, or undefined (the column's default) when none. */
async function defaultDisplayPolicy(db: DbOrTx): Promise<DisplayPolicy | undefined> {
  const value = await getSetting(db, DEFAULT_DISPLAY_POLICY_KEY);
  return value !== null && (DISPLAY_POLICIES as readonly string[]).includes(value) ? (value as DisplayPolicy) : undefined;
}
