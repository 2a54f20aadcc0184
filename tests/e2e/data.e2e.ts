import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETHAN } from './fixtures';
import { dbDigest, dumpDb } from './extension-page';
import { inWorker, launchExtension, type ExtensionSession } from './harness';
import { en, ja } from './messages';
import { panel, panelName } from './panel';
import { E2E_FIXTURES, ROOT } from './paths';

const CONNECTIONS = readFileSync(path.join(E2E_FIXTURES, 'connections.2026-02.csv'));
const JAPANESE_NOTE = '会議で会いました。次は「金沢」で、乾杯！';

/** A valid backup of an empty profile: restoring it with "Replace everything" wipes the database. */
const EMPTY_BACKUP = JSON.stringify({
  format: 'kakehashi-backup',
  version: 1,
  exportedAt: '2026-11-23T08:00:00.000Z',
  counts: { contacts: 0, notes: 0, touches: 0, suggestionLog: 0 },
  data: {
    contacts: [],
    notes: [],
    touches: [],
    settings: { industry: null, defaultCadenceDays: 90, language: 'auto', quietMode: false, dailyNotification: false, diversityGoal: 5, onboardedAt: null },
    suggestionLog: [],
  },
});

/** Picks a Connections.csv, answers the preview (reminders for new people: off unless `remind`), imports. */
async function importConnections(page: Page, buffer: Buffer = CONNECTIONS, remind = false): Promise<void> {
  await page.getByTestId('connections-file').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer });
  const box = page.getByTestId('import-remind');
  await box.waitFor();
  expect(await box.isChecked()).toBe(false);
  if (remind) await box.check();
  await page.getByTestId('import-confirm').click();
  await expect.poll(() => page.getByTestId('import-status').getAttribute('data-state')).toBe('done');
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const saved = await file.path();
  await expect.poll(() => page.getByTestId('export-status').getAttribute('data-state')).toBe('done');
  return { name: file.suggestedFilename(), bytes: readFileSync(saved) };
}

/** Picks a backup file and restores it with "Replace everything", confirmed. */
async function restoreReplacing(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.getByTestId('restore-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  await page.getByTestId('restore-replace').click();
  await page.getByTestId('restore-replace-confirm').click();
  await expect.poll(() => page.getByTestId('restore-status').getAttribute('data-state')).toBe('done');
  expect(await page.getByTestId('restore-status').textContent()).toContain('Restored');
}

/** Data lines of a CSV file (after the header), split on CRLF. */
function lines(bytes: Buffer): string[] {
  return bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
}

describe('Data section: import, export, backup and restore in real Chromium', () => {
  let session: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [ETHAN.url]: ETHAN.html() });
    options = await session.openOptions();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports a LinkedIn Connections.csv and reports what it skipped and why', async () => {
    await importConnections(options);
    expect(await options.getByTestId('import-status').textContent()).toContain(en('dataImportDone', 4, 0, 0, 2));
    const rows = options.getByTestId('import-skipped').locator('tbody tr');
    expect(await rows.allInnerTexts()).toEqual([
      '9\tno profile URL on this line',
      '10\tthe same person appears earlier in the file',
    ]);

    // The same file again adds nobody.
    await importConnections(options);
    expect(await options.getByTestId('import-status').textContent()).toContain('0 new, 0 updated, 4 unchanged');
  });

  it('refuses a file that is not a Connections.csv, with a clear message', async () => {
    const input = options.getByTestId('connections-file');
    await input.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('not a csv') });
    await expect.poll(() => options.getByTestId('import-status').getAttribute('data-state')).toBe('error');
    expect(await options.getByTestId('import-status').getByRole('alert').textContent()).toContain('Choose a .csv file');

    await input.setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: Buffer.from('Item,Cost\r\nTea,300\r\n') });
    await expect.poll(() => options.getByTestId('import-status').textContent()).toContain("not LinkedIn's Connections.csv");
    expect(await options.getByTestId('import-status').getAttribute('data-state')).toBe('error');
  });

  it('lists the imported people in the popup', async () => {
    const popup = await session.openPopup();
    await expect.poll(() => popup.locator('li.contact .name').allTextContents()).toEqual(
      expect.arrayContaining(['田中 彩花', "Ethan O'Hara", 'Kenji Ito']),
    );
    await popup.close();
  });

  let contactsCsv: Buffer;

  it('exports contacts.csv with BOM, CRLF, the Japanese note intact and formulas neutralised', async () => {
    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
    await panel(page).getByLabel(en('noteLabel')).fill(JAPANESE_NOTE);
    await panel(page).getByRole('button', { name: en('noteSave') }).click();
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual([JAPANESE_NOTE]);
    await page.close();

    const { name, bytes } = await download(options, 'export-contacts');
    expect(name).toMatch(/^kakehashi-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const all = lines(bytes);
    expect(all[0]!.startsWith('site,handle,url,name,')).toBe(true);
    expect(all).toHaveLength(1 + 4 + 1); // header, four people, the empty string after the last CRLF
    const ethan = all.find((l) => l.startsWith('linkedin,ethanohara,'))!;
    expect(ethan).toContain(`,1,${JAPANESE_NOTE},`);
    expect(all.find((l) => l.includes('ayaka-tanaka-7c1e2'))).toContain(',田中 彩花,看護師長 at 東京医療センター,東京医療センター,');
    const mallory = all.find((l) => l.includes('mallory-x9'))!;
    expect(mallory).toContain(`,"'=HYPERLINK(""https://evil.example/x"",""click"") Mallory",`);
    expect(text).not.toMatch(/(^|,)"?=/m);
    contactsCsv = bytes;
  });

  it('exports notes.csv with the note', async () => {
    const { name, bytes } = await download(options, 'export-notes');
    expect(name).toMatch(/^kakehashi-notes-\d{4}-\d{2}-\d{2}\.csv$/);
    const all = lines(bytes);
    expect(all[0]).toBe('contact_id,name,url,created_at,updated_at,body');
    expect(all[1]).toMatch(new RegExp(`^linkedin:ethanohara,Ethan O'Hara,https://www\\.linkedin\\.com/in/ethanohara/,[^,]+,[^,]+,${JAPANESE_NOTE}$`));
  });

  it('backs up, wipes, and restores the same contacts', async () => {
    const backup = await download(options, 'export-backup');
    expect(backup.name).toMatch(/^kakehashi-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(backup.bytes.toString('utf8').startsWith('{"format":"kakehashi-backup","version":3,')).toBe(true);

    await restoreReplacing(options, 'empty.json', EMPTY_BACKUP);
    expect(lines((await download(options, 'export-contacts')).bytes)).toEqual([lines(contactsCsv)[0], '']);

    await restoreReplacing(options, backup.name, backup.bytes);
    expect(await options.getByTestId('restore-status').textContent()).toContain('Restored. Contacts: 4 added');
    expect((await download(options, 'export-contacts')).bytes.equals(contactsCsv)).toBe(true);
    const popup = await session.openPopup();
    await expect.poll(() => popup.locator('li.contact .name').allTextContents()).toEqual(
      expect.arrayContaining(['田中 彩花', "Ethan O'Hara"]),
    );
    await popup.close();
  });

  it('merges a backup into itself without adding anything', async () => {
    const backup = await download(options, 'export-backup');
    await options.getByTestId('restore-file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: backup.bytes });
    await options.getByTestId('restore-merge').click();
    await expect.poll(() => options.getByTestId('restore-status').getAttribute('data-state')).toBe('done');
    expect(await options.getByTestId('restore-status').textContent()).toContain('Restored. Contacts: 0 added, 0 updated, 4 already up to date. Notes: 0 added');
    expect((await download(options, 'export-contacts')).bytes.equals(contactsCsv)).toBe(true);
  });

  it('says clearly that a JSON file is not a Kakehashi backup, and changes nothing', async () => {
    await options.getByTestId('restore-file').setInputFiles({
      name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"something-else","version":"1.0.0"}'),
    });
    await expect.poll(() => options.getByTestId('restore-status').getAttribute('data-state')).toBe('error');
    expect(await options.getByTestId('restore-status').getByRole('alert').textContent()).toBe(
      en('dataErrorNotKakehashi'),
    );
    expect(await options.getByTestId('restore-merge').count()).toBe(0);

    await options.getByTestId('restore-file').setInputFiles({
      name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"kakehashi-backup","version":1,"exportedAt":"2026-'),
    });
    await expect.poll(() => options.getByTestId('restore-status').textContent()).toContain('incomplete');
    expect((await download(options, 'export-contacts')).bytes.equals(contactsCsv)).toBe(true);
  });

  it('asks before replacing, and Cancel changes nothing', async () => {
    await options.getByTestId('restore-file').setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from(EMPTY_BACKUP) });
    await options.getByTestId('restore-replace').click();
    const warning = options.locator('#kk-replace-warning');
    expect(await warning.textContent()).toContain('(contacts: 4, notes: 1)');
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('kk-replace-warning');
    await options.getByRole('button', { name: en('dataCancel') }).click();
    expect(await options.getByTestId('restore-replace-confirm').count()).toBe(0);
    expect((await download(options, 'export-contacts')).bytes.equals(contactsCsv)).toBe(true);
  });

  it('opens at the Data section for options.html#data', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 800, height: 400 });
    await page.goto(`chrome-extension://${session.extensionId}/options.html#data`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kk-data');
    await expect.poll(() => page.evaluate(() => Math.round(document.getElementById('kk-data')!.getBoundingClientRect().top))).toBeLessThan(50);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});

/** A Connections.csv as Japanese Excel re-saves it: Windows-31J (Shift_JIS) bytes, made with iconv. */
const CONNECTIONS_EXCEL_JA = readFileSync(path.join(ROOT, 'utils/io/__fixtures__/connections-excel-ja.cp932.2026-02.csv'));

/**
 * A backup of one contact whose file says its profile lives on another host, with a note; with
 * `orphan`, also a note of someone who is not in the file.
 */
function hostileBackup(orphan = false): string {
  const at = Date.now() - 86_400_000;
  const contact = {
    id: 'linkedin:hana-ito-9f8e7d', site: 'linkedin', handle: 'hana-ito-9f8e7d', url: 'https://evil.example/phish?to=linkedin',
    name: 'Hana Ito', headline: null, company: null, location: null, avatarUrl: null, industry: null, industrySource: null,
    tags: [], cadenceDays: null, lastContactAt: null, nextDueAt: null, snoozedUntil: null, personId: null, connectedAt: null,
    createdAt: at, updatedAt: at, lastVisitedAt: null,
  };
  const notes = [{ id: 1, contactId: contact.id, body: 'Met in Fukuoka', createdAt: at, updatedAt: at }];
  if (orphan) notes.push({ id: 2, contactId: 'linkedin:nobody-in-this-file', body: 'Whose note is this?', createdAt: at, updatedAt: at });
  const backup = JSON.parse(EMPTY_BACKUP);
  backup.data.contacts = [contact];
  backup.data.notes = notes;
  backup.counts = { contacts: 1, notes: notes.length, touches: 0, suggestionLog: 0 };
  return JSON.stringify(backup);
}

describe('Data section: files the extension must not trust as they are', () => {
  let session: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    session = await launchExtension();
    options = await session.openOptions();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("restores a contact's link rebuilt from its key, not the host the file names", async () => {
    await restoreReplacing(options, 'hostile.json', hostileBackup());
    const popup = await session.openPopup();
    const link = popup.locator('li.contact[data-contact-id="linkedin:hana-ito-9f8e7d"] a');
    await expect.poll(() => link.getAttribute('href')).toBe('https://www.linkedin.com/in/hana-ito-9f8e7d/');
    await popup.close();
  });

  it('leaves out notes of people who are not in the backup, and says so before and after', async () => {
    await options.getByTestId('restore-file').setInputFiles({ name: 'orphans.json', mimeType: 'application/json', buffer: Buffer.from(hostileBackup(true)) });
    await expect.poll(() => options.getByTestId('restore-orphans').textContent()).toBe(en('dataRestoreOrphans', 1, 0, 0));
    await options.getByTestId('restore-replace').click();
    await options.getByTestId('restore-replace-confirm').click();
    await expect.poll(() => options.getByTestId('restore-status').getAttribute('data-state')).toBe('done');
    expect(await options.getByTestId('restore-status').textContent()).toContain('Left out the records of people who are not in the backup (notes: 1,');

    const stored = await dumpDb(options);
    expect(stored.notes.map((n) => n.body)).toEqual(['Met in Fukuoka']);
  });

  it('imports a Connections.csv saved by Japanese Excel (Shift_JIS) with correct names, and says it was Shift_JIS', async () => {
    await importConnections(options, CONNECTIONS_EXCEL_JA);
    const names = (await dumpDb(options)).contacts.map((c) => c.name).sort();
    expect(names).toEqual(['Hana Ito', '伊藤 ｹﾝｼﾞ', '佐藤 美和', '田中 彩花', '髙橋 太郎'].sort());
    const status = await options.getByTestId('import-status').textContent();
    expect(status).toContain(en('dataImportDone', 4, 0, 0, 0));
    expect(status).toContain('read as Shift_JIS');
  });

  it('refuses a backup that is not UTF-8, and changes nothing', async () => {
    const before = await dumpDb(options);
    // The empty backup with a Japanese name in Shift_JIS bytes (田中 = 93 63 92 86).
    const [head, tail] = hostileBackup().split('Hana Ito');
    const bytes = Buffer.concat([Buffer.from(head!), Buffer.from([0x93, 0x63, 0x92, 0x86]), Buffer.from(tail!)]);
    await options.getByTestId('restore-file').setInputFiles({ name: 'resaved.json', mimeType: 'application/json', buffer: bytes });
    await expect.poll(() => options.getByTestId('restore-status').getAttribute('data-state')).toBe('error');
    expect(await options.getByTestId('restore-status').getByRole('alert').textContent()).toBe(
      en('dataErrorBackupNotUtf8'),
    );
    expect(await options.getByTestId('restore-merge').count()).toBe(0);
    expect(await dumpDb(options)).toEqual(before);
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});

type ChromeAction = { chrome: { action: { getBadgeText(details: object): Promise<string> } } };
const badge = (s: ExtensionSession) => inWorker(s, () => (globalThis as unknown as ChromeAction).chrome.action.getBadgeText({}));

/** A Connections.csv of `n` people named after `prefix`. */
function manyConnections(prefix: string, n: number): Buffer {
  const rows = Array.from({ length: n }, (_, i) => `${prefix}${i},Test,https://www.linkedin.com/in/${prefix}-${i},,Acme,Engineer,07 Feb 2026`);
  return Buffer.from(['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join('\r\n'));
}

/** People of the import (ids `linkedin:<prefix>-…`) due on each local day from today, read from the DB. */
async function duePerDay(page: Page, prefix: string, days: number): Promise<number[]> {
  const contacts = (await dumpDb(page)).contacts.filter((c) => String(c.id).startsWith(`linkedin:${prefix}-`));
  return page.evaluate(({ dueAts, days }) => {
    const midnight = new Date();
    midnight.setHours(0, 0, 0, 0);
    return Array.from({ length: days }, (_, d) => {
      const start = new Date(midnight);
      start.setDate(start.getDate() + d);
      const end = new Date(start);
      end.setDate(end.getDate() + 1);
      return dueAts.filter((at) => at !== null && at >= start.getTime() && at < end.getTime()).length;
    });
  }, { dueAts: contacts.map((c) => c.nextDueAt as number | null), days });
}

describe('Connections.csv import never floods reminders', () => {
  let session: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    session = await launchExtension();
    options = await session.openOptions();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports 30 people without reminders unless asked: never due, no badge', async () => {
    await importConnections(options, manyConnections('quiet', 30));
    expect(await options.getByTestId('import-status').textContent()).toContain('30 new');
    const contacts = (await dumpDb(options)).contacts.filter((c) => String(c.id).startsWith('linkedin:quiet-'));
    expect(contacts).toHaveLength(30);
    expect(contacts.map((c) => [c.cadenceDays, c.nextDueAt])).toEqual(contacts.map(() => [0, null]));
    expect(await badge(session)).toBe('');
  });

  it('with the opt-in, staggers 23 people from tomorrow, at most 5 a day, and the badge stays empty today', async () => {
    await importConnections(options, manyConnections('eager', 23), true);
    expect(await options.getByTestId('import-status').textContent()).toContain('23 new');
    expect(await duePerDay(options, 'eager', 8)).toEqual([0, 5, 5, 5, 5, 3, 0, 0]);
    expect(await badge(session)).toBe('');
  });

  it('counts those already due: a second opted-in import of 12 fills day 5 first, then days 6 and 7', async () => {
    await importConnections(options, manyConnections('later', 12), true);
    const eager = await duePerDay(options, 'eager', 9);
    const later = await duePerDay(options, 'later', 9);
    expect(later).toEqual([0, 0, 0, 0, 0, 2, 5, 5, 0]);
    expect(eager.map((n, d) => n + later[d]!)).toEqual([0, 5, 5, 5, 5, 5, 5, 5, 0]);
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});

describe('Data section in Japanese', () => {
  it('explains a wrong file in Japanese', async () => {
    const session = await launchExtension({ locale: 'ja' });
    try {
      const page = await session.openOptions();
      await expect.poll(() => page.locator('#kk-data').textContent()).toBe(ja('dataHeading'));
      await page.getByTestId('restore-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[1,2,3]') });
      await expect.poll(() => page.getByTestId('restore-status').textContent()).toBe(
        ja('dataErrorNotKakehashi'),
      );
      await page.getByTestId('connections-file').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: CONNECTIONS });
      expect(await page.getByTestId('import-confirm').textContent()).toBe(ja('dataImportConfirm'));
      await page.getByTestId('import-confirm').click();
      await expect.poll(() => page.getByTestId('import-status').getAttribute('data-state')).toBe('done');
      expect(await page.getByTestId('import-status').textContent()).toContain('新規 4 件');
      expect(await page.getByTestId('import-skipped').locator('tbody tr').first().innerText()).toBe('9\tこの行にはプロフィール URL がありません');
      // A damaged backup: the validator's path and English words go to the console, never into the sentence.
      const damaged = backupJson(1, [contactJson('hana-ito', 'Hana Ito')], [
        { id: 1, contactId: 'linkedin:hana-ito', body: 42, createdAt: Date.now() - DAY, updatedAt: Date.now() - DAY },
      ]);
      await page.getByTestId('restore-file').setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
      // The status already shows the earlier refusal: wait for this file's.
      await expect.poll(() => page.getByTestId('restore-status').textContent()).toContain('メモ');
      const refusal = await page.getByTestId('restore-status').getByRole('alert').textContent();
      expect(refusal).toBe(ja('dataErrorInvalid', ja('nu_backupProblemAt', ja('nu_backupWhere_notes', 1))));
      expect(refusal).not.toMatch(/[A-Za-z]/);
    } finally {
      await session.close();
    }
  });
});

const DAY = 86_400_000;
const SETTINGS_JSON = {
  industry: null, defaultCadenceDays: 90, language: 'auto', quietMode: false, dailyNotification: false, diversityGoal: 5, onboardedAt: null,
};

/** A LinkedIn contact as a backup file holds it (version 1 fields; add `userEditedAt` for version 2). */
function contactJson(handle: string, name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Date.now();
  return {
    id: `linkedin:${handle}`, site: 'linkedin', handle, url: `https://www.linkedin.com/in/${handle}/`, name, headline: null,
    company: null, location: null, avatarUrl: null, industry: null, industrySource: null, tags: [], cadenceDays: null,
    lastContactAt: null, nextDueAt: null, snoozedUntil: null, personId: null, connectedAt: null,
    createdAt: now - 300 * DAY, updatedAt: now - 300 * DAY, lastVisitedAt: null, ...overrides,
  };
}

function backupJson(version: 1 | 2, contacts: Array<Record<string, unknown>>, notes: Array<Record<string, unknown>> = []): string {
  return JSON.stringify({
    format: 'kakehashi-backup',
    version,
    exportedAt: new Date().toISOString(),
    counts: { contacts: contacts.length, notes: notes.length, touches: 0, suggestionLog: 0 },
    data: { contacts, notes, touches: [], settings: SETTINGS_JSON, suggestionLog: [] },
  });
}

/**
 * Writes records straight into a store of the extension's database from the service worker (no
 * validation), and clears the popup's cache as the app's own writes would invalidate it (popup-home.ts).
 */
async function seedRaw(session: ExtensionSession, store: string, records: Array<Record<string, unknown>>): Promise<void> {
  await session.worker.evaluate(
    ([name, rows]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kakehashi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([name, 'popupHome'], 'readwrite');
          for (const row of rows) tx.objectStore(name).put(row);
          tx.objectStore('popupHome').clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, records] as const,
  );
}

/** The `contacts.csv` row of a handle, as column → cell. */
function csvRow(bytes: Buffer, handle: string): Record<string, string> {
  const [header, ...rows] = lines(bytes);
  const row = rows.find((l) => l.startsWith(`linkedin,${handle},`));
  expect(row, handle).toBeDefined();
  const cells = row!.split(',');
  return Object.fromEntries(header!.split(',').map((column, i) => [column, cells[i] ?? '']));
}

describe('Restore keeps dates sane, due dates right and the user’s own edits', () => {
  let session: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    session = await launchExtension();
    options = await session.openOptions();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('refuses a backup with a far-future date, naming the field, and changes nothing', async () => {
    await restoreReplacing(options, 'start.json', backupJson(1, [contactJson('keep-me', 'Keep Me')]));
    const before = await dbDigest(options);
    const far = backupJson(1, [contactJson('far-future', 'Far Future', { createdAt: 1e16, updatedAt: 1e16 })]);
    await options.getByTestId('restore-file').setInputFiles({ name: 'far.json', mimeType: 'application/json', buffer: Buffer.from(far) });
    await expect.poll(() => options.getByTestId('restore-status').getAttribute('data-state')).toBe('error');
    expect(await options.getByTestId('restore-status').getByRole('alert').textContent()).toBe(en('dataErrorInvalid', en('nu_backupDateAt', en('nu_backupWhere_contacts', 1))));
    expect(await options.getByTestId('restore-merge').count()).toBe(0);
    expect(await dbDigest(options)).toBe(before);
  });

  it('makes a person from an older backup due again when the backup said never (nextDueAt recomputed)', async () => {
    // Version 1 (no userEditedAt), last contact 200 days ago with the default 90-day cadence, but the
    // file says nextDueAt: null, which would mean "never due".
    const stale = backupJson(1, [contactJson('overdue-ono', 'Ono Overdue', { lastContactAt: Date.now() - 200 * DAY, nextDueAt: null })]);
    await restoreReplacing(options, 'stale.json', stale);
    const popup = await session.openPopup();
    await expect.poll(() => popup.getByTestId('due-list').locator('.due-item .name').allTextContents()).toEqual(['Ono Overdue']);
    await popup.close();
  });

  it("merges field by field: the user's edits from the backup survive a newer headline refresh here, and the report says so", async () => {
    const now = Date.now();
    // This browser: the profile was visited yesterday and its headline refreshed; nothing set by the user.
    // Version-1 files, as every backup made so far is: userEditedAt is estimated from what each record holds.
    await restoreReplacing(options, 'here.json', backupJson(1, [
      contactJson('sato-k', 'Sato K', { headline: 'Staff Engineer at Lumenfield', updatedAt: now - DAY }),
    ]));
    // The other device, five days ago: the user set a cadence, a tag and an industry.
    const there = backupJson(1, [
      contactJson('sato-k', 'Sato K', {
        headline: 'Engineer at Lumenfield', cadenceDays: 14, tags: ['rust'], industry: 'education', industrySource: 'manual',
        updatedAt: now - 5 * DAY,
      }),
    ]);
    await options.getByTestId('restore-file').setInputFiles({ name: 'there.json', mimeType: 'application/json', buffer: Buffer.from(there) });
    await options.getByTestId('restore-merge').click();
    await expect.poll(() => options.getByTestId('restore-status').getAttribute('data-state')).toBe('done');
    const row = csvRow((await download(options, 'export-contacts')).bytes, 'sato-k');
    expect(row).toMatchObject({ headline: 'Staff Engineer at Lumenfield', tags: 'rust', cadence_days: '14', industry_id: 'education' });
    expect(await options.getByTestId('restore-status').textContent()).toContain(
      'Restored. Contacts: 0 added, 1 updated, 0 already up to date. Notes: 0 added, 0 updated. Touches: 0 added. ' +
        'Contacts in both: 1. Your own edits (cadence, industry, links, snooze): kept from this browser for 0, taken from the backup for 1. ' +
        'Profile details: from this browser for 1, from the backup for 0.',
    );
  });

  it('a far-future date already in the database breaks neither the popup nor the CSV export', async () => {
    await seedRaw(session, 'contacts', [
      contactJson('broken-date', 'Broken Date', { createdAt: 1e16, updatedAt: 1e16, lastContactAt: 1e16, nextDueAt: 1e16, userEditedAt: null }),
    ]);
    await seedRaw(session, 'notes', [{ contactId: 'linkedin:broken-date', body: 'still here', createdAt: 1e16, updatedAt: 1e16 }]);
    const popup = await session.openPopup();
    const row = popup.locator('li.contact', { hasText: 'Broken Date' });
    await expect.poll(() => row.textContent()).toContain(en('dateUnknown'));
    expect(await popup.getByTestId('page-error').count()).toBe(0);
    await popup.close();

    const contacts = csvRow((await download(options, 'export-contacts')).bytes, 'broken-date');
    expect(contacts).toMatchObject({ name: 'Broken Date', created_at: '', last_contact_at: '', note_count: '1', latest_note: 'still here' });
    const notes = lines((await download(options, 'export-notes')).bytes);
    expect(notes.find((l) => l.startsWith('linkedin:broken-date,'))).toBe('linkedin:broken-date,Broken Date,https://www.linkedin.com/in/broken-date/,,,still here');
  });

  it('shows a message with the error instead of a blank page when the popup or the People page cannot render', async () => {
    // A record no write path can produce (industry must be a taxonomy id): rendering it throws.
    await seedRaw(session, 'contacts', [contactJson('bad-industry', 'Bad Industry', { industry: 42, nextDueAt: 0, userEditedAt: null })]);
    const popup = await session.openPopup();
    const alert = popup.getByTestId('page-error');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.locator('h1').textContent()).toBe(en('pageErrorHeading'));
    expect(await alert.textContent()).toMatch(/Your saved data was not changed\..*Something went wrong: .+/);
    expect(await alert.getByRole('button', { name: en('pageErrorReload') }).count()).toBe(1);
    await popup.close();

    // The People page lists everyone, so the same record reaches its rows: the same boundary.
    const people = await session.context.newPage();
    await people.goto(`chrome-extension://${session.extensionId}/people.html`);
    await expect.poll(() => people.getByTestId('page-error').count()).toBe(1);
    expect(await people.getByTestId('page-error').locator('h1').textContent()).toBe(en('pageErrorHeading'));
    await people.close();
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});
