/**
 * Data-section timings in real Chromium, through the options page exactly as a user drives it
 * (not part of `npm test`):
 *
 *   1. import a 10,000-row LinkedIn Connections.csv into an empty profile;
 *   2. seed 100,000 contacts (plus notes and touches) by restoring a generated backup with
 *      "Replace everything" — the extension's own restore code path;
 *   3. export those 100,000 contacts to contacts.csv (click → download arrived);
 *   4. import another 10,000 rows into the 100,000-contact profile.
 *
 * While each step runs, the page records its long tasks (PerformanceObserver "longtask") and the
 * longest gap between animation frames, to show whether the page stayed responsive.
 *
 * Run after `npm run build`:  node bench/data-io.bench.mjs
 * Knobs: BENCH_CONTACTS=100000 BENCH_NOTES=50000 BENCH_TOUCHES=20000 BENCH_IMPORT_ROWS=10000
 *        CHROMIUM_PATH=/usr/bin/chromium   Prints a table and the figures as JSON.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, URL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXT_DIR = path.join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);
const NOTES = Number(process.env.BENCH_NOTES ?? 50_000);
const TOUCHES = Number(process.env.BENCH_TOUCHES ?? 20_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const LONG = { timeout: 20 * 60_000 };
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 9);

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), pick: (list) => list[Math.floor(next() * list.length)] };
}

const NAMES = ['山田 太郎', 'Aiko Suzuki', '佐藤 花子', 'Emma Smith', 'Arjun Patel', '高橋 美咲', 'Liam Garcia', '=SUM(A1:A2) Mallory'];
const HEADLINES = ['Software Engineer at Lumenfield', '営業部長 at 株式会社カケハシ商事', 'Nurse at 東京医療センター', 'Farmer, "organic" rice', null];
const INDUSTRIES = ['technology-information-media', 'financial-services', 'hospitals-health-care', 'manufacturing', 'education', null];
const KINDS = ['comment', 'message', 'meeting', 'call', 'shared-info', 'thanks', 'ask', 'other'];
const NOTE_BODIES = ['Met at the Toyama meetup, "great" talk.', '次回は金沢で。地元の話で盛り上がった。', 'Asked about exports,\nfollow up in spring.', '- intro to 田中さん'];

/** A valid version-1 backup with `contacts` people (90% LinkedIn, 10% X), notes and touches. */
function backupText() {
  const r = random(42);
  const contacts = [];
  for (let i = 0; i < CONTACTS; i++) {
    const site = i % 10 === 9 ? 'x' : 'linkedin';
    const handle = site === 'x' ? `bench_${i.toString(36)}` : `bench-person-${i.toString(36)}`;
    const industry = r.pick(INDUSTRIES);
    const lastContactAt = r.next() < 0.6 ? NOW - r.int(0, 400) * DAY : null;
    const createdAt = NOW - r.int(400, 900) * DAY;
    contacts.push({
      id: `${site}:${handle}`, site, handle,
      url: site === 'linkedin' ? `https://www.linkedin.com/in/${handle}/` : `https://x.com/${handle}`,
      name: r.pick(NAMES), headline: r.pick(HEADLINES), company: r.next() < 0.5 ? 'Lumenfield' : null, location: 'Tokyo', avatarUrl: null,
      industry, industrySource: industry ? 'auto' : null, tags: r.next() < 0.2 ? ['hometown', '富山'] : [],
      cadenceDays: null, lastContactAt, nextDueAt: (lastContactAt ?? createdAt) + 90 * DAY, snoozedUntil: null, personId: null,
      connectedAt: null, createdAt, updatedAt: NOW - r.int(0, 300) * DAY, lastVisitedAt: null,
    });
  }
  const notes = [];
  for (let i = 0; i < NOTES; i++) {
    const at = NOW - r.int(0, 400) * DAY;
    notes.push({ id: i + 1, contactId: contacts[r.int(0, CONTACTS - 1)].id, body: r.pick(NOTE_BODIES), createdAt: at, updatedAt: at });
  }
  const touches = [];
  for (let i = 0; i < TOUCHES; i++) {
    touches.push({ id: i + 1, contactId: contacts[r.int(0, CONTACTS - 1)].id, kind: r.pick(KINDS), at: NOW - r.int(0, 400) * DAY });
  }
  const settings = { industry: 'technology-information-media', defaultCadenceDays: 90, language: 'auto', quietMode: false, dailyNotification: false, diversityGoal: 5, onboardedAt: NOW };
  return JSON.stringify({
    format: 'kakehashi-backup', version: 1, exportedAt: new Date(NOW).toISOString(),
    counts: { contacts: contacts.length, notes: notes.length, touches: touches.length, suggestionLog: 0 },
    data: { contacts, notes, touches, settings, suggestionLog: [] },
  });
}

/** A current-format Connections.csv: preamble, header, `rows` people with new slugs. */
function connectionsCsv(rows, batch) {
  const r = random(7 + batch.length);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const lines = ['Notes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  const first = ['太郎', 'Aiko', '花子', 'Emma', 'Arjun'];
  const last = ['山田', 'Suzuki', '佐藤', 'Smith', 'Patel'];
  const companies = ['Lumenfield', '"Hokuriku Shinkin Bank, Ltd."', '株式会社カケハシ商事', '東京医療センター'];
  const positions = ['Software Engineer', '営業部長', '"Nurse, ward lead"', 'Founder'];
  for (let i = 0; i < rows; i++) {
    const date = `${String(r.int(1, 28)).padStart(2, '0')} ${r.pick(months)} ${r.int(2012, 2026)}`;
    lines.push([r.pick(first), r.pick(last), `https://www.linkedin.com/in/import-${batch}-${i.toString(36)}`, '', r.pick(companies), r.pick(positions), date].join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/* global window, PerformanceObserver, requestAnimationFrame -- used inside page.evaluate, in the page */

/** Starts recording long tasks and the longest gap between animation frames in `page`. */
async function startResponsiveness(page) {
  await page.evaluate(() => {
    const w = window;
    const now = () => w.performance.now();
    w.__kkResp = { longTasks: 0, longTaskMs: 0, maxTaskMs: 0, maxFrameGapMs: 0, stop: false };
    w.__kkObs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__kkResp.longTasks += 1;
        w.__kkResp.longTaskMs += e.duration;
        w.__kkResp.maxTaskMs = Math.max(w.__kkResp.maxTaskMs, e.duration);
      }
    });
    w.__kkObs.observe({ type: 'longtask' });
    let last = now();
    const tick = (t) => {
      w.__kkResp.maxFrameGapMs = Math.max(w.__kkResp.maxFrameGapMs, t - last);
      last = t;
      if (!w.__kkResp.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopResponsiveness(page) {
  return page.evaluate(() => {
    const w = window;
    w.__kkResp.stop = true;
    w.__kkObs.disconnect();
    const { longTasks, longTaskMs, maxTaskMs, maxFrameGapMs } = w.__kkResp;
    return { longTasks, longTaskMs: Math.round(longTaskMs), maxTaskMs: Math.round(maxTaskMs), maxFrameGapMs: Math.round(maxFrameGapMs) };
  });
}

const doneSelector = (id) => `[data-testid="${id}"][data-state="done"]`;

async function optionsPage(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.waitForSelector('[data-testid="connections-file"]', { state: 'attached' });
  return page;
}

async function importRows(context, extensionId, file) {
  const page = await optionsPage(context, extensionId);
  await startResponsiveness(page);
  const start = performance.now();
  await page.setInputFiles('[data-testid="connections-file"]', file);
  // The preview asks about reminders for the new people; the bench takes the default (none).
  await page.getByTestId('import-confirm').click(LONG);
  await page.waitForSelector(doneSelector('import-status'), LONG);
  const ms = performance.now() - start;
  const responsiveness = await stopResponsiveness(page);
  const status = (await page.getByTestId('import-status').textContent())?.trim();
  await page.close();
  return { ms: Math.round(ms), status, ...responsiveness };
}

async function restoreReplacing(context, extensionId, file) {
  const page = await optionsPage(context, extensionId);
  await startResponsiveness(page);
  const start = performance.now();
  await page.setInputFiles('[data-testid="restore-file"]', file);
  await page.getByTestId('restore-replace').click(LONG);
  const previewMs = performance.now() - start;
  await page.getByTestId('restore-replace-confirm').click(LONG);
  await page.waitForSelector(doneSelector('restore-status'), LONG);
  const ms = performance.now() - start;
  const responsiveness = await stopResponsiveness(page);
  await page.close();
  return { ms: Math.round(ms), previewMs: Math.round(previewMs), ...responsiveness };
}

async function exportContacts(context, extensionId) {
  const page = await optionsPage(context, extensionId);
  await startResponsiveness(page);
  const start = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', LONG), page.getByTestId('export-contacts').click()]);
  const file = await download.path();
  const ms = performance.now() - start;
  await page.waitForSelector(doneSelector('export-status'), LONG);
  const responsiveness = await stopResponsiveness(page);
  const status = (await page.getByTestId('export-status').textContent())?.trim();
  await page.close();
  return { ms: Math.round(ms), bytes: statSync(file).size, status, ...responsiveness };
}

function log(message) {
  process.stdout.write(`[data-io ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function main() {
  if (!existsSync(path.join(EXT_DIR, 'manifest.json'))) throw new Error(`No build at ${EXT_DIR}: run \`npm run build\` first.`);
  const work = mkdtempSync(path.join(os.tmpdir(), 'kakehashi-data-io-'));
  const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: 'en-US',
    args: [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, '--lang=en-US', '--no-sandbox', '--disable-gpu',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  // Nothing leaves the machine: every http(s) request is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const results = { chromium: context.browser()?.version() ?? 'persistent context', cpus: os.cpus().length, contacts: CONTACTS, notes: NOTES, touches: TOUCHES, importRows: IMPORT_ROWS };

    const csvA = path.join(work, 'Connections-a.csv');
    writeFileSync(csvA, connectionsCsv(IMPORT_ROWS, 'a'));
    log(`importing ${IMPORT_ROWS} rows into an empty profile…`);
    results.importIntoEmpty = await importRows(context, extensionId, csvA);
    log(`  ${results.importIntoEmpty.ms} ms — ${results.importIntoEmpty.status}`);

    const backup = path.join(work, 'backup.json');
    writeFileSync(backup, backupText());
    results.backupBytes = statSync(backup).size;
    log(`seeding ${CONTACTS} contacts by restoring a ${(results.backupBytes / 1e6).toFixed(1)} MB backup (replace)…`);
    results.restore = await restoreReplacing(context, extensionId, backup);
    log(`  ${results.restore.ms} ms (file chosen → preview: ${results.restore.previewMs} ms)`);

    log(`exporting ${CONTACTS} contacts to contacts.csv…`);
    results.exportContacts = await exportContacts(context, extensionId);
    log(`  ${results.exportContacts.ms} ms, ${(results.exportContacts.bytes / 1e6).toFixed(1)} MB — ${results.exportContacts.status}`);

    const csvB = path.join(work, 'Connections-b.csv');
    writeFileSync(csvB, connectionsCsv(IMPORT_ROWS, 'b'));
    log(`importing ${IMPORT_ROWS} rows into the ${CONTACTS}-contact profile…`);
    results.importIntoLarge = await importRows(context, extensionId, csvB);
    log(`  ${results.importIntoLarge.ms} ms — ${results.importIntoLarge.status}`);

    const row = (label, r) => `${label.padEnd(44)} ${String(r.ms).padStart(7)} ms   long tasks ${String(r.longTasks ?? '-').padStart(3)}, longest ${String(r.maxTaskMs ?? '-').padStart(5)} ms, longest frame gap ${String(r.maxFrameGapMs ?? '-').padStart(5)} ms`;
    console.log('');
    console.log(row(`import ${IMPORT_ROWS} rows (empty profile)`, results.importIntoEmpty));
    console.log(row(`restore backup of ${CONTACTS} contacts`, results.restore));
    console.log(row(`export ${CONTACTS} contacts to CSV`, results.exportContacts));
    console.log(row(`import ${IMPORT_ROWS} rows (${CONTACTS} contacts)`, results.importIntoLarge));
    console.log('');
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
