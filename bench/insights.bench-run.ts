/**
 * Insights (people.html#insights) at 100,000 contacts and 200,000 touches (part of `npm run bench`):
 * navigation start → figures on screen, and the read alone (performance marks set by InsightsView),
 * next to a raw IndexedDB reference doing the same reads with the bare API in the same page.
 *
 * Seeding: restore of 100,000 contacts and 200,000 touches takes many minutes, so the rows are put
 * straight into the extension's database (opened first by the page, so the schema is current), with
 * the counters exactly as the version-4 upgrade builds them (`countRowsOf`). The counters' content,
 * not the way they were written, is what the read's cost depends on.
 *
 * Knobs: INSIGHTS_BENCH_CONTACTS=100000 INSIGHTS_BENCH_TOUCHES=200000 INSIGHTS_BENCH_RUNS=5
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { countRowsOf } from '@/utils/db/insight-counts';
import { INDUSTRIES } from '@/utils/domain/industries';
import { DAY_MS, TOUCH_KINDS, type Touch } from '@/utils/model';
import { CHROME_DIR } from '../tests/e2e/paths';
import { launchBrowser } from './lib/browser';
import { median } from './lib/stats';
import { seededRandom } from './lib/random';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const CONTACTS = Number(process.env.INSIGHTS_BENCH_CONTACTS ?? 100_000);
const TOUCHES = Number(process.env.INSIGHTS_BENCH_TOUCHES ?? 200_000);
const RUNS = Number(process.env.INSIGHTS_BENCH_RUNS ?? 5);
const CHUNK = 20_000;

function dataset(now: number) {
  const rng = seededRandom(12);
  const random = rng.next;
  const industries = INDUSTRIES.map((i) => i.id as string);
  const contacts = Array.from({ length: CONTACTS }, (_, i) => {
    const industry = random() < 0.1 ? null : industries[Math.floor(random() * industries.length)]!;
    return {
      id: `linkedin:person-${i}`, site: 'linkedin', handle: `person-${i}`, url: `https://www.linkedin.com/in/person-${i}/`,
      name: `Person ${i}`, headline: null, company: null, location: null, avatarUrl: null, industry, industrySource: industry ? 'manual' : null,
      tags: [], cadenceDays: null, lastContactAt: null, nextDueAt: now + (i % 365) * DAY_MS, snoozedUntil: null, personId: null,
      connectedAt: null, createdAt: now - 800 * DAY_MS, updatedAt: now - (i % 700) * DAY_MS, lastVisitedAt: null, userEditedAt: null,
    };
  });
  // Two years of touches, more of them recent.
  const touches: Touch[] = Array.from({ length: TOUCHES }, (_, i) => {
    const contact = contacts[Math.floor(random() * contacts.length)]!;
    return {
      id: i + 1, contactId: contact.id as Touch['contactId'], kind: TOUCH_KINDS[Math.floor(random() * TOUCH_KINDS.length)]!,
      at: now - Math.floor(random() ** 1.5 * 730 * DAY_MS), industry: contact.industry,
    };
  });
  return { contacts, touches, ...countRowsOf(touches) };
}

async function putAll(page: Page, store: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await page.evaluate(
      ({ store, rows }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('kakehashi');
          open.onsuccess = () => {
            const tx = open.result.transaction(store, 'readwrite');
            for (const row of rows) tx.objectStore(store).put(row);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      { store, rows: rows.slice(i, i + CHUNK) },
    );
  }
}

/** The reads of utils/db/insights.ts `readInsights`, with the bare IndexedDB API. */
function rawReads(page: Page, today: number, industries: string[]): Promise<number> {
  return page.evaluate(
    ({ today, industries }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('kakehashi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const t0 = performance.now();
          const tx = db.transaction(['insightCounts', 'insightPeople', 'contacts', 'settings'], 'readonly');
          const counts = tx.objectStore('insightCounts');
          tx.objectStore('settings').get('user');
          counts.index('day').getAll(IDBKeyRange.bound(today - 181, today));
          counts.index('day').getAll(-1);
          tx.objectStore('contacts').count();
          for (const id of industries) tx.objectStore('contacts').index('industry').count(id);
          for (const id of [...industries, '']) counts.openCursor(IDBKeyRange.bound([id, 0], [id, Infinity]), 'prev');
          const people = tx.objectStore('insightPeople').index('net').openCursor(IDBKeyRange.lowerBound(0, true), 'prev');
          let seen = 0;
          people.onsuccess = () => {
            const cursor = people.result;
            if (cursor && seen++ < 10) {
              tx.objectStore('contacts').get((cursor.value as { contactId: string }).contactId);
              cursor.continue();
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve(performance.now() - t0);
          };
        };
      }),
    { today, industries },
  );
}

it('Insights: ready at 100,000 contacts and 200,000 touches', async () => {
  const extDir = mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-ext-'));
  cpSync(process.env.BENCH_EXT_DIR ?? CHROME_DIR, extDir, { recursive: true });
  const browser = await launchBrowser(extDir);
  try {
    const now = Date.now();
    const data = dataset(now);
    const page = await browser.openExtensionPage('people.html#insights');
    await page.waitForSelector('[data-testid=insights][data-state=ready]');
    const seedStart = performance.now();
    await putAll(page, 'contacts', data.contacts);
    await putAll(page, 'touches', data.touches);
    await putAll(page, 'insightCounts', data.counts);
    await putAll(page, 'insightPeople', data.people);
    const seedMs = Math.round(performance.now() - seedStart);
    const ready: number[] = [];
    const read: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.reload();
      await page.waitForSelector('[data-testid=insights][data-state=ready]');
      await page.waitForFunction(() => performance.getEntriesByName('kakehashi-insights-ready').length > 0);
      const marks = await page.evaluate(() => ({
        ready: performance.getEntriesByName('kakehashi-insights-ready')[0]!.startTime,
        read: performance.getEntriesByName('kakehashi-insights-read-end')[0]!.startTime - performance.getEntriesByName('kakehashi-insights-read-start')[0]!.startTime,
      }));
      ready.push(marks.ready);
      read.push(marks.read);
    }
    expect(await page.getByTestId('insights-share-90').textContent()).toMatch(/^Last 90 days: [\d,]+ of [\d,]+ touches/);
    const today = Math.floor(now / DAY_MS);
    const raw: number[] = [];
    for (let run = 0; run < RUNS; run++) raw.push(await rawReads(page, today, INDUSTRIES.map((i) => i.id)));
    const row = {
      contacts: CONTACTS,
      touches: TOUCHES,
      counterRows: data.counts.length,
      seedMs,
      readyMs: +median(ready)!.toFixed(1),
      readMs: +median(read)!.toFixed(1),
      rawReadMs: +median(raw)!.toFixed(1),
      readRatio: +(median(read)! / median(raw)!).toFixed(1),
      samples: { ready, read, raw },
    };
    process.stdout.write(`[insights bench] ${JSON.stringify({ ...row, samples: undefined })}\n`);
    writeFileSync(path.join(BENCH_DIR, 'insights-results.json'), `${JSON.stringify(row, null, 2)}\n`);
    expect(row.readyMs).toBeLessThan(300 * 3); // the figure is reported; only a gross regression fails
  } finally {
    await browser.close();
    rmSync(extDir, { recursive: true, force: true });
  }
});
