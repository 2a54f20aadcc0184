import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyIndustry } from '../domain/classify-industry';
import { DAY_MS, type Contact, type ContactId } from '../model';
import { makeContact } from './__fixtures__/records';
import { parseLinkedInConnectionsAsync, type ConnectionRow } from './linkedin-connections';
import { planConnectionImport } from './linkedin-connections-plan';

const fixture = (name: string): string => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

const row = (r: Partial<ConnectionRow> & Pick<ConnectionRow, 'line' | 'firstName' | 'lastName'>): ConnectionRow => ({
  url: null,
  handle: null,
  email: null,
  company: null,
  position: null,
  connectedOn: null,
  ...r,
});
const li = (handle: string) => ({ handle, url: `https://www.linkedin.com/in/${encodeURIComponent(handle)}/` });

describe('parseLinkedInConnectionsAsync, current export (Notes: preamble, URL column)', async () => {
  const result = await parseLinkedInConnectionsAsync(fixture('connections-current.2026-02.csv'));

  it('finds the header below the preamble', async () => {
    expect(result.format).toBe('current');
  });

  it('reads every usable row with normalised values', async () => {
    expect(result.rows).toEqual([
      row({ line: 5, firstName: 'Ethan', lastName: "O'Hara", ...li('ethanohara'), company: 'Lumenfield', position: 'Software Engineer', connectedOn: '2026-02-07' }),
      row({ line: 6, firstName: '太郎', lastName: '山田', ...li('taro-yamada-3b2a1'), email: 'taro.yamada@example.jp', company: '株式会社カケハシ商事', position: '営業部長', connectedOn: '2025-01-15' }),
      row({ line: 7, firstName: '花子', lastName: '佐藤', ...li('佐藤-花子-a91b7'), company: '東都総合病院', position: '看護師長', connectedOn: '2024-11-03' }),
      row({ line: 8, firstName: 'José', lastName: 'Álvarez', ...li('jose-alvarez-mx'), email: 'jose@example.com', company: 'Acme, Inc.', position: 'VP, Sales', connectedOn: '2023-02-28' }),
      row({ line: 9, firstName: 'Zoë', lastName: 'Müller 🚀', ...li('zoemueller'), company: 'The "Quoted" Company', position: 'Founder', connectedOn: '2022-03-01' }),
      row({ line: 10, firstName: 'Kenji', lastName: 'Ito', ...li('kenji-ito'), company: 'Kumori Labs', position: 'Data Scientist', connectedOn: '2021-12-12' }),
      row({ line: 11, firstName: '', lastName: '', ...li('private-member-77a1'), connectedOn: '2020-05-05' }),
      row({ line: 15, firstName: 'Mei', lastName: 'Chen', ...li('mei-chen-tw'), company: 'Formosa Bank', position: 'Risk Officer' }),
      row({ line: 16, firstName: 'Lars', lastName: 'Berg', ...li('lars-berg') }),
      row({ line: 17, firstName: 'Nadia', lastName: 'Haddad', company: 'Cedar Hospital', position: 'Surgeon', connectedOn: '2015-09-09' }),
      row({ line: 18, firstName: 'Anna Marie', lastName: 'Keller', ...li('anna-keller'), company: 'Keller & Söhne GmbH', position: 'Geschäftsführerin', connectedOn: '2014-10-10' }),
    ]);
  });

  it('reports each problem row by the line the user sees', async () => {
    expect(result.problems).toEqual([
      { line: 12, reason: 'no-name', detail: 'no name and no profile URL' },
      { line: 13, reason: 'bad-url', detail: 'https://www.linkedin.com/company/acme-inc/' },
      { line: 14, reason: 'duplicate', detail: 'same profile as line 6' },
      { line: 15, reason: 'bad-date', detail: '31 Feb 2016' },
      { line: 21, reason: 'malformed', detail: 'expected 7 fields, found 8' },
    ]);
  });

  it('reads the same rows from a BOM + CRLF file with spaces around the header names', async () => {
    const crlf = await parseLinkedInConnectionsAsync(fixture('connections-current-bom-crlf.2026-02.csv'));
    expect(crlf.format).toBe('current');
    expect(crlf.problems).toEqual([]);
    expect(crlf.rows).toEqual([
      row({ line: 5, firstName: 'Aiko', lastName: 'Suzuki', ...li('aiko-suzuki'), company: 'Hokuriku Shinkin Bank, Ltd.', position: 'Branch Manager', connectedOn: '2025-04-20' }),
      row({ line: 6, firstName: 'Ren', lastName: 'Kobayashi', ...li('ren-kobayashi'), company: 'Kobayashi Farm', position: 'Farmer, "organic" rice', connectedOn: '2024-06-02' }),
    ]);
  });

  it('reports an unterminated quote as malformed instead of importing the swallowed rows', async () => {
    const broken = await parseLinkedInConnectionsAsync(fixture('connections-unterminated-quote.2026-02.csv'));
    expect(broken.rows.map((r) => r.handle)).toEqual(['sora-aoki']);
    expect(broken.problems).toEqual([{ line: 3, reason: 'malformed', detail: expect.stringMatching(/quote/i) }]);
  });
});

describe('parseLinkedInConnectionsAsync, legacy export (no preamble, no URL column)', async () => {
  const expectedRows = [
    row({ line: 2, firstName: 'Yuki', lastName: 'Tanaka', email: 'yuki.tanaka@example.jp', company: 'Tanaka Design', position: 'Art Director', connectedOn: '2018-01-08' }),
    row({ line: 3, firstName: '美咲', lastName: '高橋', company: '株式会社ミライ, 東京支社', position: 'エンジニア', connectedOn: '2017-12-31' }),
    row({ line: 4, firstName: 'François', lastName: 'Dupont', company: 'Banque Lumière', position: 'Analyste "senior"', connectedOn: '2009-03-05' }),
    row({ line: 6, firstName: 'Ola', lastName: 'Nordmann', company: 'Fjord AS', position: 'Skipper' }),
  ];
  const expectedProblems = [
    { line: 5, reason: 'no-name', detail: 'no name and no profile URL' },
    { line: 6, reason: 'bad-date', detail: '13/45/16, 1:00 PM' },
  ];

  it.each(['connections-legacy.2018-01.csv', 'connections-legacy-bom-crlf.2018-01.csv'])('%s', async (name) => {
    const result = await parseLinkedInConnectionsAsync(fixture(name));
    expect(result.format).toBe('legacy');
    expect(result.rows).toEqual(expectedRows);
    expect(result.problems).toEqual(expectedProblems);
  });
});

describe('parseLinkedInConnectionsAsync, other input', async () => {
  it('says a CSV without the header is not a Connections export', async () => {
    for (const text of [fixture('not-connections.csv'), '', '{"format":"kakehashi-backup"}']) {
      const result = await parseLinkedInConnectionsAsync(text);
      expect(result.format).toBe('unknown');
      expect(result.rows).toEqual([]);
    }
  });

  it('does not take prose mentioning "first name" for the header', async () => {
    const text = 'Notes:\n"Your first name and last name are shown below"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,https://www.linkedin.com/in/a-b,,,,\n';
    const result = await parseLinkedInConnectionsAsync(text);
    expect(result.rows.map((r) => [r.line, r.handle])).toEqual([[5, 'a-b']]);
  });

  it('strips bidi overrides and control characters from member-written text', async () => {
    const text = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\u202Eevil\u202C,Name\u200B,https://www.linkedin.com/in/bidi,,Acme\u0007 Corp,CEO,\n';
    expect((await parseLinkedInConnectionsAsync(text)).rows[0]).toMatchObject({ firstName: 'evil', lastName: 'Name', company: 'Acme Corp' });
  });

  it('reports progress after every batch', async () => {
    const text = fixture('connections-current.2026-02.csv');
    const seen: Array<[number, number]> = [];
    const result = await parseLinkedInConnectionsAsync(text, { batchSize: 5, onProgress: (p) => seen.push([p.done, p.total]) });
    expect(seen).toEqual([[5, 15], [10, 15], [15, 15]]); // 15 records below the header
    expect(result.rows.length).toBeGreaterThan(0);
  });
});

describe('planConnectionImport', async () => {
  const NOW = Date.UTC(2026, 10, 23, 12);
  const classify = ({ headline, company }: { headline: string | null; company: string | null }) =>
    /病院|hospital|看護/i.test(`${headline} ${company}`) ? { industry: 'health' } : null;
  const rows = (await parseLinkedInConnectionsAsync(fixture('connections-current.2026-02.csv'))).rows;

  it('adds new contacts with every field, a suggested industry and no touch', async () => {
    const plan = planConnectionImport(rows, new Map(), NOW, { classify });
    const hanako = plan.add.find((c) => c.handle === '佐藤-花子-a91b7');
    expect(hanako).toEqual({
      id: 'linkedin:佐藤-花子-a91b7',
      site: 'linkedin',
      handle: '佐藤-花子-a91b7',
      url: 'https://www.linkedin.com/in/%E4%BD%90%E8%97%A4-%E8%8A%B1%E5%AD%90-a91b7/',
      name: '佐藤 花子',
      headline: '看護師長 at 東都総合病院',
      company: '東都総合病院',
      location: null,
      avatarUrl: null,
      industry: 'health',
      industrySource: 'auto',
      tags: [],
      // Without the user's opt-in an imported person has no reminders ("Connected On" is not a touch).
      cadenceDays: 0,
      lastContactAt: null,
      nextDueAt: null,
      snoozedUntil: null,
      personId: null,
      connectedAt: Date.UTC(2024, 10, 3),
      createdAt: NOW,
      updatedAt: NOW,
      lastVisitedAt: null,
      userEditedAt: null,
    } satisfies Contact);
    const byHandle = new Map(plan.add.map((c) => [c.handle, c]));
    expect(byHandle.get('ethanohara')).toMatchObject({ name: "Ethan O'Hara", industry: null, industrySource: null });
    expect(byHandle.get('private-member-77a1')).toMatchObject({ name: null, headline: null });
    expect(byHandle.get('lars-berg')).toMatchObject({ connectedAt: null, headline: null });
    expect(byHandle.get('anna-keller')?.name).toBe('Anna Marie Keller');
    expect(plan.report).toEqual({
      imported: 10,
      updated: 0,
      unchanged: 0,
      skipped: [{ line: 17, reason: 'no-url', detail: 'no profile URL to match' }],
    });
  });

  it('fills only gaps in stored contacts and never overrides a manual industry', async () => {
    const existing = new Map<ContactId, Contact>([
      // Visited before: everything is known, the user set the industry by hand.
      ['linkedin:taro-yamada-3b2a1', makeContact('taro-yamada-3b2a1', {
        name: 'Taro Yamada', headline: 'Head of Sales', company: 'Kakehashi Trading', industry: 'finance', industrySource: 'manual',
        lastContactAt: Date.UTC(2026, 5, 1), tags: ['hometown'],
      })],
      // Created from a note before the page could be read.
      ['linkedin:佐藤-花子-a91b7', makeContact('佐藤-花子-a91b7', { name: null, headline: null, company: null })],
      // Already has everything the row could add, including the same Connected On.
      ['linkedin:lars-berg', makeContact('lars-berg', { name: 'Lars Berg' })],
    ]);
    const plan = planConnectionImport(rows, existing, NOW, { classify });
    expect(plan.update).toEqual([
      { key: 'linkedin:taro-yamada-3b2a1', changes: { connectedAt: Date.UTC(2025, 0, 15), updatedAt: NOW } },
      {
        key: 'linkedin:佐藤-花子-a91b7',
        changes: {
          name: '佐藤 花子', headline: '看護師長 at 東都総合病院', company: '東都総合病院',
          connectedAt: Date.UTC(2024, 10, 3), industry: 'health', industrySource: 'auto', updatedAt: NOW,
        },
      },
    ]);
    expect(plan.add.map((c) => c.id)).not.toContain('linkedin:lars-berg');
    expect(plan.report).toMatchObject({ imported: 7, updated: 2, unchanged: 1 });
  });

  it('takes the domain classifier as it is', async () => {
    const plan = planConnectionImport(rows, new Map(), NOW, { classify: classifyIndustry });
    const industries = new Map(plan.add.map((c) => [c.handle, [c.industry, c.industrySource]]));
    expect(industries.get('佐藤-花子-a91b7')).toEqual(['hospitals-health-care', 'auto']);
    expect(industries.get('private-member-77a1')).toEqual([null, null]);
  });

  it('skips legacy rows, which have no URL to key them by', async () => {
    const legacy = (await parseLinkedInConnectionsAsync(fixture('connections-legacy.2018-01.csv'))).rows;
    const plan = planConnectionImport(legacy, new Map(), NOW, {});
    expect(plan.add).toEqual([]);
    expect(plan.report.skipped.map((s) => [s.line, s.reason])).toEqual([[2, 'no-url'], [3, 'no-url'], [4, 'no-url'], [6, 'no-url']]);
  });

  it('de-duplicates by slug across rows it is given', async () => {
    const twice = [
      row({ line: 2, firstName: 'A', lastName: 'B', ...li('a-b') }),
      row({ line: 9, firstName: 'A', lastName: 'B', ...li('a-b') }),
    ];
    const plan = planConnectionImport(twice, new Map(), NOW, {});
    expect(plan.add).toHaveLength(1);
    expect(plan.report.skipped).toEqual([{ line: 9, reason: 'duplicate', detail: 'same profile as line 2' }]);
  });
});

describe('planConnectionImport: reminders for imported people', async () => {
  const NOW = Date.UTC(2026, 10, 23, 12);
  const many = Array.from({ length: 23 }, (_, i) => row({ line: i + 2, firstName: `P${i}`, lastName: 'X', ...li(`p-${i}`) }));
  const dueAt = (day: number) => NOW + day * DAY_MS;
  const perDay = (contacts: readonly Contact[]) => {
    const counts = new Map<number, number>();
    for (const c of contacts) counts.set(c.nextDueAt!, (counts.get(c.nextDueAt!) ?? 0) + 1);
    return [...counts].sort((a, b) => a[0] - b[0]).map(([at, n]) => [(at - NOW) / DAY_MS, n]);
  };

  it('schedules nobody without the opt-in: "Connected On" is not a touch', async () => {
    const plan = planConnectionImport(many, new Map(), NOW, {});
    expect(plan.add.map((c) => [c.cadenceDays, c.nextDueAt])).toEqual(many.map(() => [0, null]));
  });

  it('staggers opted-in people from tomorrow, at most perDay a day, in file order', async () => {
    const plan = planConnectionImport(many, new Map(), NOW, { stagger: { perDay: 5, dueAt, alreadyDue: () => 0 } });
    expect(perDay(plan.add)).toEqual([[1, 5], [2, 5], [3, 5], [4, 5], [5, 3]]);
    expect(plan.add.every((c) => c.cadenceDays === null)).toBe(true);
    expect(plan.add[0]!.nextDueAt).toBe(dueAt(1));
    expect(plan.add[22]!.nextDueAt).toBe(dueAt(5));
  });

  it('counts people already due on a day against its room', async () => {
    const already = new Map([[1, 5], [2, 3], [3, 9]]);
    const plan = planConnectionImport(many, new Map(), NOW, {
      stagger: { perDay: 5, dueAt, alreadyDue: (day) => already.get(day) ?? 0 },
    });
    expect(perDay(plan.add)).toEqual([[2, 2], [4, 5], [5, 5], [6, 5], [7, 5], [8, 1]]);
  });

  it('leaves the reminders of people already in the contacts alone', async () => {
    const stored = makeContact('p-0', { name: null, cadenceDays: 30, nextDueAt: NOW + 3 * DAY_MS });
    for (const stagger of [undefined, { perDay: 5, dueAt, alreadyDue: () => 0 }]) {
      const plan = planConnectionImport(many, new Map([[stored.id, stored]]), NOW, { stagger });
      const update = plan.update.find((u) => u.key === stored.id)!;
      expect(Object.keys(update.changes)).not.toContain('cadenceDays');
      expect(Object.keys(update.changes)).not.toContain('nextDueAt');
      expect(plan.add.map((c) => c.id)).not.toContain(stored.id);
    }
  });
});

describe('parseLinkedInConnectionsAsync, text damaged before it reached us', async () => {
  it('skips a row whose names or company hold U+FFFD instead of storing an unreadable name', async () => {
    const text = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      '\uFFFD\uFFFD,\uFFFD\uFFFD,https://www.linkedin.com/in/ayaka-tanaka-7c1e2,,,,07 Feb 2026',
      'Kenji,Ito,https://www.linkedin.com/in/kenji-ito,,\uFFFD\uFFFD\uFFFD,Risk Analyst,12 Dec 2021',
      'Ethan,O\'Hara,https://www.linkedin.com/in/ethanohara,,Lumenfield,Software Engineer,15 Jan 2025',
    ].join('\r\n');
    const result = await parseLinkedInConnectionsAsync(text);
    expect(result.rows.map((r) => r.handle)).toEqual(['ethanohara']);
    expect(result.problems).toEqual([
      { line: 2, reason: 'garbled', detail: 'U+FFFD in the text' },
      { line: 3, reason: 'garbled', detail: 'U+FFFD in the text' },
    ]);
  });
});
