/**
 * Runs axe-core in a page (extension page or site page) against WCAG 2.2 A/AA and returns the
 * violations. axe is evaluated, not added as a <script>: extension pages' CSP forbids inline
 * scripts, and evaluation through the DevTools protocol is not subject to it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; summary: string }>;
}

export interface AxeReport {
  violations: AxeFinding[];
  /** Rules axe could not decide (e.g. contrast it could not measure), for the log. */
  incomplete: AxeFinding[];
  /** Ids of rules that found something to check and passed on at least one node. */
  passed: string[];
}

/**
 * `include` is an axe context selector; a nested array such as `[['some-host']]` names a
 * shadow host, and axe then audits the host's shadow tree too.
 */
export async function runAxe(page: Page, include?: unknown): Promise<AxeReport> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([tags, context]) => {
      interface RawResult {
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown; failureSummary?: string; any: Array<{ message: string }> }>;
      }
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Record<'violations' | 'incomplete' | 'passes', RawResult[]>> } }).axe;
      const result = await axe.run(context ?? document, { runOnly: { type: 'tag', values: tags } });
      const finding = (v: RawResult) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary ?? n.any[0]?.message ?? '' })),
      });
      return { violations: result.violations.map(finding), incomplete: result.incomplete.map(finding), passed: result.passes.map((p) => p.id) };
    },
    [WCAG_22_AA, include ?? null] as const,
  );
}

/** Prints every violation (any impact) and undecided rule, and returns the serious and critical violations. */
export function reportAndFilter(where: string, report: AxeReport): AxeFinding[] {
  const print = (label: string, list: AxeFinding[]) => {
    for (const v of list) {
      console.log(`[axe] ${where}: ${label} ${v.impact ?? 'n/a'} ${v.id} — ${v.help}`);
      for (const n of v.nodes) console.log(`        ${JSON.stringify(n.target)}: ${n.summary.replace(/\s+/g, ' ')}`);
    }
  };
  if (report.violations.length === 0) console.log(`[axe] ${where}: no violations (${report.passed.length} rules passed)`);
  print('VIOLATION', report.violations);
  print('undecided', report.incomplete);
  return report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
