import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSource, editArticle, getArticleOriginal, listRevisions, reviseArticle, revertArticleEdit } from '../../src/store/index.ts';
import { openTestStore } from '../helpers/test-store.ts';
import { storeArticle } from '../web/admin/support.ts';

describe("an editor's values beside the publisher's", () => {
  test('a refresh that brings the same title records no revision; a real change updates the original and keeps the edit', async (t) => {
    const store = await openTestStore();
    t.after(() => store.close());
    const { db } = store;
    const source = await createSource(db, { name: 'Heidekurier' });
    const id = await storeArticle(db, 1, { sourceId: source.id });
    const at = new Date('2026-11-27T10:00:00Z');
    assert.equal(await editArticle(db, id, { title: 'Bearbeitet', tags: [{ slug: 'kueste', name: 'Küste' }] }, { name: 'otto', at }), true);

    const unchanged = await reviseArticle(db, id, {
      title: 'Deichverband plant neue Schleuse Nummer 1',
      lead: 'Die Schleuse 1 soll bis zum Herbst fertig sein.',
      bodyText: 'Die Schleuse 1 soll bis zum Herbst fertig sein.',
      updatedAt: at,
    });
    assert.equal(unchanged, false);
    assert.deepEqual(await listRevisions(db, id), []);

    const changed = await reviseArticle(db, id, { title: 'Schleuse kommt später', bodyText: 'Neuer Text.', updatedAt: at });
    assert.equal(changed, true);
    const revisions = await listRevisions(db, id);
    assert.deepEqual(revisions.map((r) => r.title), ['Deichverband plant neue Schleuse Nummer 1'], 'the revision keeps the publisher’s title, not the edit');
    assert.equal((await db.selectFrom('articles').select('title').where('id', '=', id).executeTakeFirstOrThrow()).title, 'Bearbeitet');
    assert.equal((await getArticleOriginal(db, id))?.title, 'Schleuse kommt später');

    // A second edit keeps the first originals; revert brings back the publisher's latest values and tags.
    await editArticle(db, id, { title: 'Noch einmal bearbeitet' }, { name: 'greta', at });
    assert.deepEqual((await getArticleOriginal(db, id))?.tags, []);
    assert.equal(await revertArticleEdit(db, id, at), true);
    assert.equal((await db.selectFrom('articles').select('title').where('id', '=', id).executeTakeFirstOrThrow()).title, 'Schleuse kommt später');
    assert.equal(await getArticleOriginal(db, id), null);
    assert.equal(await revertArticleEdit(db, id, at), false);
    assert.equal(await editArticle(db, 99_999, { title: 'x' }, { name: 'otto', at }), false);
  });
});
