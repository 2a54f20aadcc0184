/**
 * The popup in Firefox ESR (the built Firefox zip), for the budgets' Firefox row.
 *
 * Over WebDriver BiDi Firefox does not open moz-extension:// pages, so everything runs inside the
 * extension's own options tab through the Firefox DevTools server (tests/e2e/firefox-devtools.ts):
 * - the popup is `popup.html` in an iframe of that tab; the figure is iframe created → suggestion
 *   card and ready due list in its document, polled every `setTimeout(0)` (≈ 4 ms late at most);
 * - first on the empty database, then after seeding `size` contacts by a raw bulk write of the
 *   records a restore writes (lib/seed.ts), shipped in chunks through DevTools (slow: which is why
 *   Firefox is measured at a smaller size than Chromium);
 * - the raw IndexedDB floor (50 soonest due through the `nextDueAt` index), in the same tab.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firefox } from 'playwright-firefox';
import { serializeBackup } from '@/utils/io/backup';
import { connectAddonDevtools, DEVTOOLS_PREFS, freePort } from '../../tests/e2e/firefox-devtools';
import { ROOT } from '../../tests/e2e/paths';
import { buildDataset } from './dataset';
import { restoreRecordsOf } from './seed';
import { median } from './stats';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'kakehashi@kakehashi.app';
const CHUNK = 5_000;

export interface FirefoxPopupResult {
  size: number;
  readyMs: number;
  emptyMs: number;
  floorMs: number;
  samples: { ready: number[]; empty: number[]; floor: number[] };
}

/** Runs in the options tab: `runs` + 1 popups in an iframe (the first is a warm-up); ms each. */
function popupInFrame(runs: number): Promise<number[]> {
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:400px;height:600px';
      const start = performance.now();
      const deadline = start + 120_000;
      const poll = () => {
        const doc = frame.contentDocument;
        // An empty database shows the first-run next step instead of the suggestion and the due list.
        const filled = doc?.querySelector('[data-testid="due-list"][data-state="ready"]') && doc.querySelector('[data-testid="suggestion"], [data-testid="suggestion-none"], [data-testid="suggestion-needs-industry"]');
        if (filled || doc?.querySelector('[data-testid="empty-state"]')) {
          const ms = performance.now() - start;
          frame.remove();
          resolve(ms);
        } else if (performance.now() > deadline) reject(new Error('the popup was not ready within 120 s'));
        else setTimeout(poll, 0);
      };
      frame.src = '/popup.html';
      document.body.append(frame);
      poll();
    });
  return (async () => {
    const samples: number[] = [];
    for (let i = 0; i <= runs; i++) samples.push(await once());
    return samples.slice(1);
  })();
}

/** Runs in the options tab: writes `window.__kkSeed` (store → records) raw, in one transaction. */
function writeSeed(): Promise<number> {
  const seed = (window as unknown as { __kkSeed: Record<string, unknown[]> }).__kkSeed;
  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('kakehashi');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores = Object.keys(seed);
      const start = performance.now();
      const tx = db.transaction(stores, 'readwrite');
      tx.oncomplete = () => {
        db.close();
        resolve(performance.now() - start);
      };
      tx.onabort = () => reject(tx.error);
      for (const store of stores) {
        const os = tx.objectStore(store);
        os.clear();
        for (const record of seed[store]!) os.put(record);
      }
    };
  });
}

/** Runs in the options tab: the raw floor, `runs` timed reads after one warm-up. */
function floorReads(runs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('kakehashi');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      const read = () =>
        new Promise<number>((res, rej) => {
          let n = 0;
          const request = db.transaction('contacts').objectStore('contacts').index('nextDueAt').openCursor(IDBKeyRange.upperBound(Date.now()));
          request.onsuccess = () => {
            const cursor = request.result;
            if (cursor && n < 50) {
              n++;
              cursor.continue();
            } else res(n);
          };
          request.onerror = () => rej(request.error);
        });
      await read();
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await read();
        samples.push(performance.now() - start);
      }
      db.close();
      resolve(samples);
    };
  });
}

function firefoxZip(): string {
  if (process.env.BENCH_FIREFOX_ZIP) return process.env.BENCH_FIREFOX_ZIP;
  const dir = path.join(ROOT, '.output');
  const zip = existsSync(dir) ? readdirSync(dir).find((f) => /-firefox\.zip$/.test(f)) : undefined;
  if (!zip) throw new Error('no Firefox zip in .output (npm run bench makes it; or `npm run zip`)');
  return path.join(dir, zip);
}

export async function measureFirefoxPopup(size: number, runs: number, now: number): Promise<FirefoxPopupResult> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`no Firefox at ${FIREFOX_PATH}`);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-ff-'));
  mkdirSync(path.join(profile, 'extensions'));
  copyFileSync(firefoxZip(), path.join(profile, 'extensions', `${GECKO_ID}.xpi`));
  const port = await freePort();
  const context = await firefox.launchPersistentContext(profile, {
    channel: 'moz-firefox-esr',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: [`--start-debugger-server=${port}`],
    firefoxUserPrefs: { ...DEVTOOLS_PREFS, 'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 },
  });
  const devtools = await connectAddonDevtools(port, GECKO_ID, 60_000);
  try {
    const background = /\/_generated_background_page\.html$/;
    await devtools.evaluate(background, `browser.tabs.create({ url: browser.runtime.getURL('/options.html') }).then(() => null)`);
    const options = /\/options\.html$/;
    await devtools.evaluate(options, `new Promise((r) => (document.readyState === 'complete' ? r(null) : addEventListener('load', () => r(null))))`);
    const call = <T>(fn: (...args: never[]) => unknown, ...args: unknown[]) =>
      devtools.evaluate<T>(options, `(${fn.toString()})(${args.map((a) => JSON.stringify(a)).join(', ')})`);

    const data = buildDataset(size, now);
    const records = restoreRecordsOf(serializeBackup(data, now), now);
    // The empty database gets the same settings, so the popup takes the same path (industry known).
    await call<number[]>(popupInFrame, 0); // creates the database at the app's version
    const settings = records.find(([store]) => store === 'settings')![1];
    // With the popup's cache cleared, as the app's own settings write would invalidate it (popup-home.ts).
    await devtools.evaluate(options, `(window.__kkSeed = { settings: JSON.parse(${JSON.stringify(JSON.stringify(settings))}), popupHome: [] }, null)`);
    await call<number>(writeSeed);
    const empty = await call<number[]>(popupInFrame, runs);
    await devtools.evaluate(options, `(window.__kkSeed = {}, null)`);
    for (const [store, list] of records) {
      for (let i = 0; i < list.length || i === 0; i += CHUNK) {
        const json = JSON.stringify(JSON.stringify(list.slice(i, i + CHUNK)));
        await devtools.evaluate(options, `((window.__kkSeed[${JSON.stringify(store)}] ??= []).push(...JSON.parse(${json})), null)`);
      }
    }
    await call<number>(writeSeed);
    await devtools.evaluate(options, `(window.__kkSeed = null, null)`);
    const ready = await call<number[]>(popupInFrame, runs);
    const floor = await call<number[]>(floorReads, Math.max(runs, 5));
    return { size, readyMs: median(ready)!, emptyMs: median(empty)!, floorMs: median(floor)!, samples: { ready, empty, floor } };
  } finally {
    devtools.close();
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
