// A reporter for node's test runner that prints, once all files have run, only the tests that
// failed: file, the names of the suites around the test and the error. run-tests.js adds it beside
// the usual reporter, so a failure is listed again at the end of a long log instead of being lost
// in the middle of it.
import { inspect } from 'node:util';

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* failureReporter(source) {
  const failures = [];
  // The names of the suites currently open, per file and nesting level.
  const open = new Map();
  for await (const event of source) {
    if (event.type !== 'test:start' && event.type !== 'test:fail') continue;
    const { name, nesting, file } = event.data;
    const path = open.get(file) ?? [];
    open.set(file, path);
    if (event.type === 'test:start') {
      path.length = nesting;
      path[nesting] = name;
      continue;
    }
    const error = event.data.details?.error;
    // A suite fails when one of its tests fails; that test is listed on its own.
    if (error?.failureType === 'subtestsFailed') continue;
    const cause = error?.cause ?? error;
    failures.push({ file, names: [...path.slice(0, nesting), name], cause });
  }
  if (failures.length === 0) return;
  yield `\n${failures.length} failed test(s):\n`;
  for (const { file, names, cause } of failures) {
    yield `\n✖ ${file ?? '(unknown file)'}\n  ${names.join(' › ')}\n`;
    const text = cause instanceof Error ? (cause.stack ?? String(cause)) : inspect(cause, { depth: 4 });
    // Frames inside node itself say nothing about the test.
    const lines = text.split('\n').filter((line) => !/\(?node:(internal|async_hooks)|primordials/.test(line));
    yield `${lines.slice(0, 30).map((line) => `    ${line}`).join('\n')}\n`;
  }
}
