// axe-core in a real Chromium page: the WCAG 2.2 AA rules, and a readable list of what failed.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One rule that a page breaks, with the first elements that break it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The axe-core script, to be evaluated in each page. */
export function loadAxeSource(): Promise<string> {
  return readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}

/** Runs axe-core with the WCAG 2.2 AA and best-practice rules over the open page. */
export async function runAxe(page: Page, source: string): Promise<AxeViolation[]> {
  await page.evaluate(source);
  return page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, AXE_TAGS);
}

/** The violations as lines a failing test can print. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 3).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

/**
 * Opens each named path in a new page of `context`, checks its status (200 unless `statusOf` says
 * otherwise) and its interface language, runs axe-core on it, and returns one entry per page with
 * violations (empty when all pass).
 */
export async function axeFailures(
  context: BrowserContext,
  origin: string,
  paths: Record<string, string>,
  options: { language: string; axeSource: string; statusOf?: (name: string) => number },
): Promise<string[]> {
  const failures: string[] = [];
  for (const [name, path] of Object.entries(paths)) {
    const page = await context.newPage();
    const response = await page.goto(origin + path);
    assert.equal(response?.status(), options.statusOf?.(name) ?? 200, `${name} ${path}`);
    assert.equal(await page.locator('html').getAttribute('lang'), options.language, `${name} is marked as ${options.language}`);
    const violations = await runAxe(page, options.axeSource);
    if (violations.length > 0) failures.push(`${name} (${path}):\n${describeViolations(violations)}`);
    await page.close();
  }
  return failures;
}
