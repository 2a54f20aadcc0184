/**
 * Issue 15's performance budgets: the ids, what each divides by, and the printed table. Each value
 * comes from figures measured side by side with its reference in the same run
 * (bench/budgets.bench-run.ts); see bench/README.md, "Budgets".
 */
import os from 'node:os';

export type BudgetId =
  | 'popup-data-x-floor'
  | 'popup-x-empty'
  | 'panel-first-ms'
  | 'panel-nav-ms'
  | 'cs-gzip-kb'
  | 'export-x-read'
  | 'restore-x-write'
  | 'import-10k-ms'
  | 'main-thread-longest-ms'
  | 'feed-longtasks'
  | 'people-search-ms'
  | 'insights-ms';

export type BudgetUnit = 'ratio' | 'ms' | 'KB' | 'count';

/** Budget per id (issue 15's table); a value passes when it is at most its budget. */
export const BUDGETS: Record<BudgetId, { unit: BudgetUnit; budget: number; what: string }> = {
  'popup-data-x-floor': { unit: 'ratio', budget: 3, what: 'popup data part (ready − DOMContentLoaded) ÷ raw IndexedDB floor' },
  'popup-x-empty': { unit: 'ratio', budget: 1.3, what: 'popup ready ÷ popup ready with an empty database' },
  'panel-first-ms': { unit: 'ms', budget: 50, what: 'note shown − profile header parsed, full load, worst site' },
  'panel-nav-ms': { unit: 'ms', budget: 50, what: 'note shown after in-app navigation, from pushState, worst site' },
  'cs-gzip-kb': { unit: 'KB', budget: 15, what: 'largest content script, gzip' },
  'export-x-read': { unit: 'ratio', budget: 3, what: 'CSV export ÷ raw read of the same rows (contacts + notes)' },
  'restore-x-write': { unit: 'ratio', budget: 2, what: 'restore (replace) ÷ raw bulk write of the same records' },
  'import-10k-ms': { unit: 'ms', budget: 1000, what: 'import of 10,000 Connections rows' },
  'main-thread-longest-ms': { unit: 'ms', budget: 100, what: 'longest options-page task: parse, restore, export' },
  'feed-longtasks': { unit: 'count', budget: 0, what: 'extension-caused long tasks, 1,000-post feed, both sites' },
  'people-search-ms': { unit: 'ms', budget: 100, what: 'People page keystroke → results, worst query' },
  'insights-ms': { unit: 'ms', budget: 300, what: 'Insights ready' },
};

export interface Budget {
  id: BudgetId;
  value: number;
  unit: BudgetUnit;
  budget: number;
  pass: boolean;
}

/** A budget row; NaN (not measured) never passes. */
export function budget(id: BudgetId, value: number): Budget {
  const { unit, budget } = BUDGETS[id];
  const rounded = Number.isFinite(value) ? Math.round(value * 100) / 100 : value;
  return { id, value: rounded, unit, budget, pass: Number.isFinite(value) && value <= budget };
}

export interface LoadAverage {
  /** os.loadavg(): 1, 5 and 15 minutes. */
  before: number[];
  after: number[];
  cpus: number;
  /** Whether the 1-minute load exceeded the number of cores at either end of the run. */
  busy: boolean;
}

export function loadAverageOf(before: number[], after: number[]): LoadAverage {
  const cpus = os.cpus().length;
  return { before, after, cpus, busy: Math.max(before[0]!, after[0]!) > cpus };
}

/** Extra words for a row: the figures it was computed from. */
export type BudgetDetails = Partial<Record<BudgetId, string>>;

const fmt = (b: Budget) =>
  !Number.isFinite(b.value) ? '—' : b.unit === 'ratio' ? `×${b.value.toFixed(2)}` : b.unit === 'count' ? `${b.value}` : `${b.value.toFixed(1)} ${b.unit}`;
const fmtBudget = (b: Budget) => (b.unit === 'ratio' ? `≤ ×${b.budget}` : b.unit === 'count' ? `${b.budget}` : `≤ ${b.budget} ${b.unit}`);

export function formatBudgets(budgets: Budget[], details: BudgetDetails, load: LoadAverage, notes: string[]): string {
  const rows = budgets.map((b) => [b.id, fmt(b), fmtBudget(b), b.pass ? 'pass' : 'FAIL', details[b.id] ?? '']);
  const head = ['budget', 'value', 'target', '', 'measured (medians)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const la = (l: number[]) => l.map((v) => v.toFixed(1)).join(' / ');
  return [
    `BUDGETS (issue 15) — ${budgets.filter((b) => b.pass).length} of ${budgets.length} pass`,
    line(head),
    ...rows.map(line),
    `load average (1/5/15 min) before ${la(load.before)}, after ${la(load.after)} on ${load.cpus} cores${load.busy ? ': the machine was BUSY (load > cores), so times are an upper bound; ratios hold better' : ''}`,
    ...notes.map((n) => `note: ${n}`),
  ].join('\n');
}
