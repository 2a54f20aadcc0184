/** The shape of bench/results.json and the table printed at the end of a run. */
import type { BundleSize } from './bundle';
import type { Figure } from './stats';

export interface FeedFigures {
  longTasks: Figure;
  longTaskMs: Figure;
  scriptMs: Figure;
  taskMs: Figure;
  profiledExtensionMs: Figure;
  panelShown: boolean;
}

/** "On this page": the one scan the popup triggers on the 1,000-post feed (bench/lib/on-page.ts). */
export interface OnPageFigures {
  askMs: Figure;
  profiledExtensionMs: Figure;
  handles: number;
  lookupMs: Figure;
  longTasks: Figure;
  /** Extension script for the scan (CPU profile) ÷ the page's own script for its 1,000 posts (without the extension). */
  ratioToPageScript: number;
}

/** Inline marks on, 100 of the 1,000 authors known (bench/lib/marks.ts). */
export interface MarksFigures {
  profiledExtensionMs: Figure;
  engineMs: Figure;
  maxSliceMs: Figure;
  marks: number;
  lookups: Figure;
  longTasks: Figure;
  /** Extension script with marks on (CPU profile) ÷ the page's own script for its 1,000 posts (without the extension). */
  ratioToPageScript: number;
}

export interface SiteFeedResult {
  onThisPage: OnPageFigures;
  marksOn: MarksFigures;
  withExtension: FeedFigures;
  /** The baseline browser, run alternately with the extension's so both see the same machine load. */
  withoutExtension: FeedFigures;
  /** Medians with the extension minus medians without it. */
  extensionCaused: { longTasks: number; longTaskMs: number; scriptMs: number; taskMs: number };
}

export interface PanelSiteResult {
  firstLoad: Figure;
  firstLoadFromNavigation: Figure;
  /** New header in the DOM → note shown; negative when the note was shown before the header. */
  inApp: Figure;
  /** pushState → note shown (the fixture's router renders the new header 100 ms after pushState). */
  inAppFromPushState: Figure;
}

export interface SizeResult {
  contacts: number;
  notes: number;
  touches: number;
  due: number;
  backupBytes: number;
  runs: number;
  seed: { parseMs: number; totalMs: number };
  popup: {
    firstOpenMs: number;
    ready: Figure;
    recent: Figure;
    domContentLoaded: Figure;
    node: Figure;
    dueItems: number;
    hasSuggestion: boolean;
  };
  references: {
    indexedDbFloor: Figure;
    storageOneKey: Figure;
    storageWriteMs: number;
    storageBytes: number;
  };
  panel: { linkedin: PanelSiteResult; x: PanelSiteResult };
  feed: { linkedin: SiteFeedResult; x: SiteFeedResult } | null;
  export: (Figure & { bytes: number }) | null;
  import: (Figure & { rows: number; note: string; status: string }) | null;
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; chromium: string };
  bundle: BundleSize[];
  sizes: SizeResult[];
  notes: string[];
}

const ms = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '—' : v >= 100 ? `${Math.round(v)}` : v.toFixed(1));
function ratio(a: number | null, b: number | null): string {
  if (a === null || b === null || b <= 0) return '—';
  const r = a / b;
  return `×${r >= 10 ? Math.round(r) : r >= 0.1 ? r.toFixed(1) : r.toFixed(3)}`;
}

/** A fixed-width text table: one row per figure, one column per data-set size. */
export function formatTable(results: BenchResults): string {
  const sizes = results.sizes;
  const head = ['', ...sizes.map((s) => `${s.contacts.toLocaleString('en-US')} contacts`)];
  const rows: string[][] = [];
  const row = (label: string, cell: (s: SizeResult) => string) => rows.push([label, ...sizes.map(cell)]);
  const gap = (label: string) => rows.push([label, ...sizes.map(() => '')]);

  gap('DATA');
  row('  notes / touches / due now', (s) => `${s.notes} / ${s.touches} / ${s.due}`);
  row('  runs per figure (median of)', (s) => String(s.runs));
  row('  seed: restore backup, replace (ms)', (s) => `${ms(s.seed.totalMs)} (${(s.backupBytes / 1e6).toFixed(1)} MB)`);
  gap('POPUP (ms from opening popup.html)');
  row('  suggestion + due list shown', (s) => ms(s.popup.ready.median));
  row('    ÷ (a) raw IndexedDB floor', (s) => ratio(s.popup.ready.median, s.references.indexedDbFloor.median));
  row('    ÷ (b) one chrome.storage key', (s) => ratio(s.popup.ready.median, s.references.storageOneKey.median));
  row('  of which page shell (DOMContentLoaded)', (s) => ms(s.popup.domContentLoaded.median));
  row('  data part (shown − DOMContentLoaded)', (s) => ms(dataPart(s)));
  row('    ÷ (a) raw IndexedDB floor', (s) => ratio(dataPart(s), s.references.indexedDbFloor.median));
  row('    ÷ (b) one chrome.storage key', (s) => ratio(dataPart(s), s.references.storageOneKey.median));
  row('  recent list shown', (s) => ms(s.popup.recent.median));
  row('  first open after seeding (1 sample)', (s) => ms(s.popup.firstOpenMs));
  row('  seen from Node (goto → selector)', (s) => ms(s.popup.node.median));
  gap('REFERENCES (ms, timed in an extension page)');
  row('  (a) raw IDB: 50 soonest due, index', (s) => ms(s.references.indexedDbFloor.median));
  row('  (b) storage.local get + sort + 50', (s) => ms(s.references.storageOneKey.median));
  row('      (b) object size / one write (ms)', (s) => `${(s.references.storageBytes / 1e6).toFixed(1)} MB / ${ms(s.references.storageWriteMs)}`);
  gap('PANEL (ms, profile header in DOM → note shown)');
  for (const site of ['linkedin', 'x'] as const) {
    const name = site === 'linkedin' ? 'LinkedIn' : 'X';
    row(`  ${name} first load`, (s) => ms(s.panel[site].firstLoad.median));
    row(`    (from navigation start)`, (s) => ms(s.panel[site].firstLoadFromNavigation.median));
    row(`    ÷ (a) / ÷ (b)`, (s) => `${ratio(s.panel[site].firstLoad.median, s.references.indexedDbFloor.median)} / ${ratio(s.panel[site].firstLoad.median, s.references.storageOneKey.median)}`);
    row(`  ${name} in-app navigation`, (s) => ms(s.panel[site].inApp.median));
    row(`    (from pushState; header at +100)`, (s) => ms(s.panel[site].inAppFromPushState.median));
  }
  gap('FEED (1,000 posts by scrolling; extension-caused = with − without)');
  for (const site of ['linkedin', 'x'] as const) {
    const name = site === 'linkedin' ? 'LinkedIn /feed/' : 'X /home';
    row(`  ${name}: long tasks >50 ms (count, ms)`, (s) => (s.feed ? `${fmtSigned(s.feed[site].extensionCaused.longTasks, 1)} / ${fmtSigned(s.feed[site].extensionCaused.longTaskMs)}` : '—'));
    row(`  ${name}: script time, with − without (ms)`, (s) => (s.feed ? `${fmtSigned(s.feed[site].extensionCaused.scriptMs)} of ${ms(s.feed[site].withExtension.scriptMs.median)}` : '—'));
    row(`  ${name}: extension script, CPU profile (ms)`, (s) => (s.feed ? ms(s.feed[site].withExtension.profiledExtensionMs.median) : '—'));
    row(`  ${name}: on this page, scan of 1,000 posts (ms, profile / ask)`, (s) => (s.feed ? `${ms(s.feed[site].onThisPage.profiledExtensionMs.median)} / ${ms(s.feed[site].onThisPage.askMs.median)}` : '—'));
    row(`    ÷ page's own script for 1,000 posts`, (s) => (s.feed ? s.feed[site].onThisPage.ratioToPageScript.toFixed(3) : '—'));
    row(`    long tasks during the scan; lookup of the handles (ms)`, (s) => (s.feed ? `${s.feed[site].onThisPage.longTasks.median ?? '—'}; ${s.feed[site].onThisPage.handles} in ${ms(s.feed[site].onThisPage.lookupMs.median)}` : '—'));
    row(`  ${name}: marks on, extension script per 1,000 posts (ms, profile / own clock)`, (s) => (s.feed ? `${ms(s.feed[site].marksOn.profiledExtensionMs.median)} / ${ms(s.feed[site].marksOn.engineMs.median)}` : '—'));
    row(`    ÷ page's own script for 1,000 posts`, (s) => (s.feed ? s.feed[site].marksOn.ratioToPageScript.toFixed(3) : '—'));
    row(`    longest slice (ms); marks; lookups; long tasks (anyone's)`, (s) => (s.feed ? `${ms(s.feed[site].marksOn.maxSliceMs.median)}; ${s.feed[site].marksOn.marks}; ${s.feed[site].marksOn.lookups.median ?? '—'}; ${s.feed[site].marksOn.longTasks.median ?? '—'}` : '—'));
  }
  gap('DATA TOOLS (options page, ms)');
  row('  export all contacts to CSV', (s) => (s.export ? `${ms(s.export.median)} (${(s.export.bytes / 1e6).toFixed(1)} MB)` : '—'));
  row('  import 10,000 Connections.csv rows', (s) => (s.import ? ms(s.import.median) : '—'));

  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const bundle = results.bundle.map((b) => `${b.file} ${(b.gzipBytes / 1024).toFixed(1)} KiB gzip (${(b.bytes / 1024).toFixed(1)} KiB raw)`).join('; ');
  return [line(head), ...rows.map(line), '', `Content-script bundles: ${bundle}`, ...results.notes.map((n) => `Note: ${n}`)].join('\n');
}

function dataPart(s: SizeResult): number | null {
  const { ready, domContentLoaded } = s.popup;
  return ready.median === null || domContentLoaded.median === null ? null : ready.median - domContentLoaded.median;
}

function fmtSigned(v: number, digits = 0): string {
  if (Number.isNaN(v)) return '—';
  const s = digits === 0 ? String(Math.round(v)) : v.toFixed(digits);
  return v > 0 ? `+${s}` : s;
}
