// Prints the conformance table: pass / fail / not applicable per folder, the share against the target,
// and the reasons for every not-applicable group.
import type { SuiteCase } from './suite.ts';

/** The result of one test file. */
export interface Outcome {
  c: SuiteCase;
  status: 'pass' | 'fail' | 'na';
  reason: string;
}

const TARGET = 0.95;

/** Prints the table (and with `verbose` every failure) to stdout. */
export function printReport(outcomes: Outcome[], verbose: boolean): void {
  const groups = new Map<string, { pass: number; fail: number; na: number }>();
  for (const o of outcomes) {
    const row = groups.get(o.c.group) ?? { pass: 0, fail: 0, na: 0 };
    row[o.status]++;
    groups.set(o.c.group, row);
  }
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(26) : c.padStart(8))).join(' ');
  console.log('feedparser conformance (target: 95% of applicable tests pass in every folder)\n');
  console.log(line(['folder', 'pass', 'fail', 'n/a', 'share', 'target']));
  const total = { pass: 0, fail: 0, na: 0 };
  for (const [group, r] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    total.pass += r.pass;
    total.fail += r.fail;
    total.na += r.na;
    const applicable = r.pass + r.fail;
    const share = applicable ? r.pass / applicable : 1;
    const note = group === 'wellformed/sanitize' ? ' (sanitiser rule)' : '';
    console.log(line([group, `${r.pass}`, `${r.fail}`, `${r.na}`, `${(share * 100).toFixed(1)}%`, share >= TARGET ? 'met' : 'MISSED']) + note);
  }
  const all = total.pass + total.fail;
  console.log(line(['all', `${total.pass}`, `${total.fail}`, `${total.na}`, `${((total.pass / (all || 1)) * 100).toFixed(1)}%`, '']));

  const reasons = new Map<string, number>();
  for (const o of outcomes) if (o.status === 'na') reasons.set(o.reason, (reasons.get(o.reason) ?? 0) + 1);
  console.log('\nnot applicable (a field our model deliberately lacks):');
  for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  ${reason}`);
  console.log(
    '\nsanitize/: feedparser expects its own sanitised HTML; a test passes when our sanitiser (src/ingest/sanitize)\n' +
      'leaves none of the dangerous constructs feedparser removed and keeps the same text.',
  );
  if (!verbose) return;
  console.log('\nfailures:');
  for (const o of outcomes) if (o.status === 'fail') console.log(`  ${o.c.rel}: ${o.reason}\n      Expect: ${o.c.expect}`);
}
