/** The People bench's rows in bench/results.json (`people`) and its printed table. */
import type { PeopleSample } from './people';

/** One figure next to its raw IndexedDB reference (medians, ms). */
export interface VersusRaw {
  ms: number;
  rawMs: number;
  ratio: number;
}

export interface PeopleSizeResult {
  contacts: number;
  runs: number;
  /** `os.loadavg()` when the size started and when its figures were in. */
  load: { before: number[]; after: number[] };
  seedMs: number;
  seedWriteMs: number;
  firstPaintMs: number;
  /** Navigation start → first row, against the raw read of the first screen's data. */
  firstPaint: VersusRaw;
  /** Click on a row → the pane shows the person's notes and contact history. */
  open: VersusRaw & { samples: number[]; rawSamples: number[] };
  bulk: {
    filter: string;
    people: number;
    status: string;
    /** Click on apply → "done". */
    tag: VersusRaw;
    /** Click on undo → "undone". */
    undo: VersusRaw;
    samples: Array<{ ms: number; undoMs: number }>;
    rawSamples: Array<{ ms: number; undoMs: number; rows: number }>;
  };
  keystroke: Record<string, VersusRaw & { shown: string }>;
  /** Navigation → the filtered list on screen (includes first paint and reading the whole order). */
  filters: Record<string, VersusRaw & { shown: string }>;
  samples: PeopleSample[];
}

const ms = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));
const cell = (f: VersusRaw | undefined) => (f ? `${ms(f.ms)} (raw ${ms(f.rawMs)}, ×${f.ratio >= 10 ? Math.round(f.ratio) : f.ratio})` : '—');

/** Rows per figure, one column per size: "ours (raw reference, ratio)". */
export function formatPeopleTable(results: readonly PeopleSizeResult[]): string {
  const head = ['PEOPLE PAGE (ms, median; raw IndexedDB reference and ratio)', ...results.map((r) => `${r.contacts.toLocaleString('en-US')} contacts`)];
  const rows: string[][] = [];
  const row = (label: string, f: (r: PeopleSizeResult) => string) => rows.push([label, ...results.map(f)]);
  row('  runs per figure; load average before → after', (r) => `${r.runs}; ${r.load.before[0]!.toFixed(1)} → ${r.load.after[0]!.toFixed(1)}`);
  row('  seed: raw write of a restore\'s records', (r) => ms(r.seedWriteMs));
  row('  list first paint (navigation → first row)', (r) => cell(r.firstPaint));
  for (const q of Object.keys(results[0]?.keystroke ?? {})) row(`  keystroke → results: ${q}`, (r) => cell(r.keystroke[q]));
  for (const f of Object.keys(results[0]?.filters ?? {})) row(`  filtered URL ${f}`, (r) => cell(r.filters[f]));
  row('  open a person (click → notes + touches)', (r) => cell(r.open));
  row('  bulk tag: people (filter)', (r) => `${r.bulk.people.toLocaleString('en-US')} (${r.bulk.filter || 'all'})`);
  row('  bulk tag (apply → done)', (r) => cell(r.bulk.tag));
  row('  its undo (undo → undone)', (r) => cell(r.bulk.undo));
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}
