/**
 * Inline marks (DESIGN.md, "People on this page"; issue 14 item 3) in real Chromium: off by
 * default; once opted in on the options page, a mark after the name link of each known person on a
 * LinkedIn feed and an X timeline (nobody else), live in open tabs; the card shows on hover and on
 * keyboard focus, hides on Esc, is read through DevTools because its root is closed, and is
 * invisible to the page's scripts; untrusted events do nothing; never on LinkedIn in quiet mode;
 * off removes every mark at once; in-app navigation, added and removed posts; Japanese; axe.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportAndFilter, runAxe } from './axe';
import { FEED_POSTS, FEEDS, recordLongTasks, scrollToEnd, type LongTaskLog } from '../../bench/lib/feed';
import { knownAuthors } from '../../bench/lib/marks';
import { DAY, saveSettings, seedContacts, sendAllRaw, snapshotOf, type SeedPerson } from './extension-page';
import { bodyOf, ETHAN } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en, ja } from './messages';
import { SLICE_BUDGET_MS } from '../../components/marks/budget';
import { markButtonCentre, markHosts, markStats, readMarks, type MarkSeen } from './marks';
import { evaluateInRoot } from './panel';
import { ROOT } from './paths';

const fixture = (site: 'linkedin' | 'x', name: string) => readFileSync(path.join(ROOT, 'utils/sites', site, '__fixtures__', name), 'utf8');
const FEED_URL = 'https://www.linkedin.com/feed/';
const X_HOME = 'https://x.com/home';
const REFERENCE_URL = 'https://reference.example/feed/';
const FEED = fixture('linkedin', 'people-feed.2026-11.html');
const X_FEED = fixture('x', 'people-home.2026-11.html');
const ETHAN_NOTE = 'Met at the Fukuoka meetup';

const PEOPLE = [
  { site: 'linkedin', handle: 'ethanohara', name: "Ethan O'Hara", daysAgo: 200, note: `${ETHAN_NOTE}\nHe likes ramen` },
  { site: 'linkedin', handle: 'priya-raman-8b1c2', name: 'Priya Raman', daysAgo: 100 },
  { site: 'linkedin', handle: '田中-美和-12345', name: '田中 美和', daysAgo: 10, note: '福岡の病院IT。次は紹介を。' },
  { site: 'linkedin', handle: 'kenji-watanabe', name: 'Kenji Watanabe', daysAgo: 20 },
  { site: 'x', handle: 'dr_mori3', name: 'Dr.Mori', daysAgo: 120, note: 'Pig farming data' },
  { site: 'x', handle: 'hinathriftbot', name: 'Hina', daysAgo: 5 },
  { site: 'x', handle: 'yui_sato', name: 'Me on X', daysAgo: 300 },
] as const satisfies readonly SeedPerson[];

/** The name links of the known people in the two fixtures, in page order. */
const LINKEDIN_MARKED = [
  'https://www.linkedin.com/in/ethanohara?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAEthan',
  '/in/%E7%94%B0%E4%B8%AD-%E7%BE%8E%E5%92%8C-12345/?lipi=urn%3Ali%3Apage%3Ad_flagship3_feed',
  '/in/priya-raman-8b1c2/',
  'https://www.linkedin.com/in/kenji-watanabe/',
  '/in/ethanohara/',
];
const X_MARKED = ['/Dr_Mori3', 'https://x.com/HinaThriftBot'];

const hrefs = async (page: Page) => (await readMarks(page)).map((m) => m.href);
const settle = (page: Page) => page.waitForTimeout(700);

describe('inline marks', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [FEED_URL]: FEED, [REFERENCE_URL]: FEED, [X_HOME]: X_FEED, [ETHAN.url]: ETHAN.html() });
    popup = await session.openPopup();
    await seedContacts(popup, PEOPLE);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('are off by default, and turning them on in the options adds them to open tabs, next to known people only', async () => {
    const feed = await session.context.newPage();
    await feed.goto(FEED_URL);
    const x = await session.context.newPage();
    await x.goto(X_HOME);
    await settle(feed);
    expect(await markHosts(feed)).toEqual([]);
    expect(await markHosts(x)).toEqual([]);

    const options = await session.openOptions();
    const box = options.getByTestId('inline-marks');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    // The setting says plainly what the site can see.
    const warning = await options.locator(`#${await box.getAttribute('aria-describedby')}`).textContent();
    expect(warning).toContain('can see where marks are placed');
    expect(warning).toContain('whom you keep notes on');
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);

    await expect.poll(() => hrefs(feed), { timeout: 10_000 }).toEqual(LINKEDIN_MARKED);
    await expect.poll(() => hrefs(x), { timeout: 10_000 }).toEqual(X_MARKED);
    const marks = await readMarks(feed);
    expect(marks.every((m) => m.mode === 'closed')).toBe(true);
    expect(marks[0]).toMatchObject({ label: en('marksLabel', "Ethan O'Hara"), due: 'yes', cardShown: false });
    expect(marks[1]).toMatchObject({ label: en('marksLabel', '田中 美和'), due: 'no' });
    await Promise.all([feed.close(), x.close(), options.close()]);
  });

  it('shows the card on hover and on keyboard focus, hides it on Esc', async () => {
    await saveSettings(popup, { inlineMarks: true });
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    await expect.poll(() => hrefs(page)).toEqual(LINKEDIN_MARKED);
    const [first] = await markHosts(page);
    const centre = await markButtonCentre(page, first!);
    await page.mouse.move(centre!.x, centre!.y);
    await expect.poll(async () => (await readMarks(page))[0]?.cardShown).toBe(true);
    const card = (await readMarks(page))[0]!.card;
    expect(card).toContain("Ethan O'Hara");
    expect(card).toContain(ETHAN_NOTE);
    expect(card).not.toContain('ramen');
    expect(card).toMatch(/Due since .*Last contact: /);
    await page.mouse.move(1, 1);
    await expect.poll(async () => (await readMarks(page))[0]?.cardShown).toBe(false);

    // Keyboard: Tab from the name link lands on its mark, which shows the card; Esc hides it.
    await page.focus(`a[href="${LINKEDIN_MARKED[2]}"]`);
    await page.keyboard.press('Tab');
    const priya = async () => (await readMarks(page)).find((m) => m.href === LINKEDIN_MARKED[2]) as MarkSeen;
    await expect.poll(async () => (await priya()).focused).toBe(true);
    expect((await priya()).cardShown).toBe(true);
    expect((await priya()).card).toContain(en('marksNoNote'));
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await priya()).cardShown).toBe(false);
    expect((await priya()).focused).toBe(true);
    await page.close();
  });

  it('keeps the note out of the page’s reach, and ignores untrusted events', async () => {
    await saveSettings(popup, { inlineMarks: true });
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    await expect.poll(() => hrefs(page)).toEqual(LINKEDIN_MARKED);
    const [first] = await markHosts(page);
    const centre = await markButtonCentre(page, first!);
    await page.mouse.move(centre!.x, centre!.y);
    await expect.poll(async () => (await readMarks(page))[0]?.cardShown).toBe(true);
    // What the site's scripts can reach while the card is on screen.
    const seenByPage = await page.evaluate((note) => {
      const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
      return {
        html: document.documentElement.outerHTML.includes(note),
        text: document.body.innerText.includes(note),
        // window.find searches closed roots and leaves the selection on what it found; extending it
        // from a string every card shows must not hand over the note (page-isolation.e2e.ts does
        // the same for the panel; that find answers "is this exact text on screen?" for a guessed
        // string is a limit of shadow DOM, and reads nothing).
        find: (() => {
          const find = (window as unknown as { find: (s: string, caseSensitive?: boolean, backwards?: boolean, wrap?: boolean) => boolean }).find;
          const reads: string[] = [];
          for (const known of ['Last contact', 'Due since']) {
            getSelection()?.removeAllRanges();
            if (!find(known, false, false, true)) continue;
            getSelection()!.modify('extend', 'forward', 'documentboundary');
            reads.push(String(getSelection()));
          }
          getSelection()?.removeAllRanges();
          return reads.some((r) => r.includes(note));
        })(),
        selection: String(getSelection()),
        roots: hosts.map((h) => h.shadowRoot),
        attributes: hosts.map((h) => h.attributes.length),
        hostText: hosts.map((h) => h.textContent),
      };
    }, ETHAN_NOTE);
    expect(seenByPage.html).toBe(false);
    expect(seenByPage.text).toBe(false);
    expect(seenByPage.find).toBe(false);
    expect(seenByPage.selection).toBe('');
    expect(seenByPage.roots.length).toBe(LINKEDIN_MARKED.length);
    expect(seenByPage.roots.every((r) => r === null)).toBe(true);
    expect(seenByPage.attributes.every((n) => n === 0)).toBe(true);
    expect(seenByPage.hostText.every((t) => t === '')).toBe(true);
    await page.mouse.move(1, 1);
    await expect.poll(async () => (await readMarks(page))[0]?.cardShown).toBe(false);

    // Synthetic events: from the page on the hosts, and even on the button itself (as if a script held it).
    await page.evaluate(() => {
      for (const host of [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'))) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'click']) host.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      }
    });
    await evaluateInRoot(
      page,
      first!,
      (root) => {
        const button = root.querySelector('button')!;
        button.dispatchEvent(new MouseEvent('mouseenter'));
        button.dispatchEvent(new FocusEvent('focus'));
        button.click();
      },
      null,
      undefined,
    );
    await settle(page);
    expect((await readMarks(page)).map((m) => m.cardShown)).toEqual(LINKEDIN_MARKED.map(() => false));
    await page.close();
  });

  it('follow the feed as it grows and drops posts, and in-app navigation to a profile and back', async () => {
    await saveSettings(popup, { inlineMarks: true });
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    await expect.poll(() => hrefs(page)).toEqual(LINKEDIN_MARKED);
    // Infinite scroll: a new post by a known person gets a mark; one by a stranger does not.
    await page.evaluate(() => {
      const list = document.querySelector('.scaffold-finite-scroll__content')!;
      const post = document.createElement('div');
      post.className = 'feed-shared-update-v2';
      post.innerHTML = '<a href="/in/kenji-watanabe/?trk=new">Kenji Watanabe</a> <a href="/in/a-stranger/">A Stranger</a>';
      list.append(post);
    });
    await expect.poll(() => hrefs(page)).toEqual([...LINKEDIN_MARKED, '/in/kenji-watanabe/?trk=new']);
    // The site drops the post with Priya's comment: her mark goes with it.
    await page.evaluate(() => document.querySelector('[data-urn="urn:li:activity:7261000000000000003"]')?.remove());
    await expect.poll(() => hrefs(page)).toEqual(LINKEDIN_MARKED.filter((h) => h !== '/in/priya-raman-8b1c2/').concat('/in/kenji-watanabe/?trk=new'));

    // Feed → Ethan's profile: the feed's marks go; Ethan's own profile gets none (the panel is his).
    await page.evaluate(
      ([url, body]) => {
        history.pushState({}, '', url);
        document.body.innerHTML = body!;
      },
      [ETHAN.url, bodyOf(ETHAN.html())],
    );
    await settle(page);
    await expect.poll(async () => (await hrefs(page)).filter((h) => /ethanohara|priya|kenji|12345/.test(h))).toEqual([]);
    // … and back to the feed: the marks return.
    await page.evaluate(
      ([url, body]) => {
        history.pushState({}, '', url);
        document.body.innerHTML = body!;
      },
      [FEED_URL, bodyOf(FEED)],
    );
    await expect.poll(() => hrefs(page), { timeout: 10_000 }).toEqual(LINKEDIN_MARKED);
    await page.close();
  });

  it('never show on LinkedIn in quiet mode (X keeps them), and turning them off removes every mark at once', async () => {
    await saveSettings(popup, { inlineMarks: true, quietMode: false });
    const reference = await session.context.newPage();
    await reference.goto(REFERENCE_URL);
    const untouched = await reference.evaluate(() => document.documentElement.outerHTML);
    await reference.close();
    const feed = await session.context.newPage();
    await feed.goto(FEED_URL);
    const x = await session.context.newPage();
    await x.goto(X_HOME);
    await expect.poll(() => hrefs(feed)).toEqual(LINKEDIN_MARKED);
    await expect.poll(() => hrefs(x)).toEqual(X_MARKED);

    await saveSettings(popup, { quietMode: true });
    await expect.poll(() => markHosts(feed)).toEqual([]);
    await settle(x);
    expect(await hrefs(x)).toEqual(X_MARKED);
    // A LinkedIn page loaded in quiet mode gets none either.
    const fresh = await session.context.newPage();
    await fresh.goto(FEED_URL);
    await settle(fresh);
    expect(await markHosts(fresh)).toEqual([]);
    await fresh.close();

    await saveSettings(popup, { quietMode: false });
    await expect.poll(() => hrefs(feed)).toEqual(LINKEDIN_MARKED);
    await saveSettings(popup, { inlineMarks: false });
    await expect.poll(() => markHosts(feed)).toEqual([]);
    await expect.poll(() => markHosts(x)).toEqual([]);
    // Off means the site's DOM again, byte for byte.
    expect(await feed.evaluate(() => document.documentElement.outerHTML)).toBe(untouched);
    await Promise.all([feed.close(), x.close()]);
  });

  it('the card passes axe (WCAG 2.2 AA) in light and dark', async () => {
    await saveSettings(popup, { inlineMarks: true, quietMode: false });
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    await expect.poll(() => hrefs(page)).toEqual(LINKEDIN_MARKED);
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') await page.evaluate(() => (document.body.style.background = 'rgb(27, 31, 35)'));
      await expect.poll(async () => (await readMarks(page))[0]?.theme).toBe(theme);
      const [first] = await markHosts(page);
      const centre = await markButtonCentre(page, first!);
      await page.mouse.move(centre!.x, centre!.y);
      await expect.poll(async () => (await readMarks(page))[0]?.cardShown).toBe(true);
      // axe walks `host.shadowRoot`, null for a closed root: for the audit only, the test lends it (a11y.e2e.ts).
      await evaluateInRoot(page, first!, (root) => Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root }), null, undefined);
      try {
        const report = await runAxe(page, [[first!.localName]]);
        expect(reportAndFilter(`mark card (${theme})`, report).map((v) => v.id)).toEqual([]);
        expect(report.passed).toContain('color-contrast');
      } finally {
        await evaluateInRoot(page, first!, (root) => delete (root.host as unknown as { shadowRoot?: ShadowRoot }).shadowRoot, null, undefined);
      }
      await page.mouse.move(1, 1);
    }
    await page.close();
    expect(session.foreignRequests()).toEqual([]);
  });

  it('keeps its own timings where only DevTools can read them (the isolated world), one lookup per slice at most', async () => {
    await saveSettings(popup, { inlineMarks: true });
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    await expect.poll(() => hrefs(page)).toEqual(LINKEDIN_MARKED);
    const stats = await markStats(page, session.extensionId);
    expect(stats).not.toBeNull();
    expect(stats!.slices).toBeGreaterThan(0);
    expect(stats!.marks).toBe(LINKEDIN_MARKED.length);
    expect(stats!.lookups).toBeGreaterThan(0);
    expect(stats!.lookups).toBeLessThanOrEqual(stats!.slices);
    expect(await page.evaluate(() => 'kakehashiMarkStats' in window)).toBe(false);
    await page.close();
  });
});

describe('inline marks in Japanese', () => {
  let session: ExtensionSession;
  afterAll(async () => {
    await session?.close();
  });

  it('labels the mark and its card in Japanese', async () => {
    session = await launchExtension({ locale: 'ja' });
    session.serve({ [FEED_URL]: FEED });
    const popup = await session.openPopup();
    await seedContacts(popup, [PEOPLE[2]]);
    await saveSettings(popup, { inlineMarks: true });
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    await expect.poll(async () => (await readMarks(page)).map((m) => m.label)).toEqual([ja('marksLabel', '田中 美和')]);
    const [host] = await markHosts(page);
    const centre = await markButtonCentre(page, host!);
    await page.mouse.move(centre!.x, centre!.y);
    await expect.poll(async () => (await readMarks(page))[0]?.cardShown).toBe(true);
    const [mark] = await readMarks(page);
    expect(mark!.card).toContain('福岡の病院IT。次は紹介を。');
    expect(mark!.card).toContain('に連絡予定');
    expect(mark!.card).toContain('最後の連絡：');
    const options = await session.openOptions();
    await expect.poll(() => options.locator('label.check', { has: options.getByTestId('inline-marks') }).textContent()).toContain('インラインマーク');
  });
});

/** In the page: every other frame, `workMs` of pure work, timed like a slice of ours. */
function startControl(workMs: number): void {
  const control = { stop: false, ms: [] as number[] };
  (window as unknown as { __kkControl: typeof control }).__kkControl = control;
  let odd = false;
  const frame = () => {
    if (control.stop) return;
    odd = !odd;
    if (odd) {
      const start = performance.now();
      while (performance.now() - start < workMs) {
        // busy: the control's work
      }
      control.ms.push(performance.now() - start);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * Item 4 of issue 14: with marks on, no long task of ours while a 1,000-post feed scrolls (the
 * bench's synthetic feeds, bench/fixtures/, which grow by 10 posts as the reader nears the bottom),
 * with every 10th author a contact. Long tasks on a busy 2-core machine are mostly the page's own
 * and the machine's, so they are counted and logged; what is asserted is the extension's share,
 * timed by the content script itself around each piece of its work (mark-engine.ts `stats`).
 *
 * Wall-clock timing on a machine shared by many jobs (load averages of 20–30 were seen) also
 * counts the time the renderer was descheduled. So a control runs in the page during the same
 * scroll: every other frame it busy-waits for as long as our slice budget and times itself the same
 * way. When the control never reached 50 ms, the machine was quiet enough to judge each slice and
 * every slice must stay under 50 ms; otherwise our slices must not go over 50 ms more often than
 * the control's pure 8 ms of work did (plus a margin), which work of our own would break.
 */
describe('inline marks on a 1,000-post feed', () => {
  let session: ExtensionSession;
  afterAll(async () => {
    await session?.close();
  });

  it.each(['linkedin', 'x'] as const)('%s: no slice of our work is a long task (judged against a control on a busy machine), and every known author gets a mark', async (site) => {
    session ??= await launchExtension();
    session.serve({ [FEEDS.linkedin.url]: readFileSync(path.join(ROOT, 'bench/fixtures', FEEDS.linkedin.file), 'utf8'), [FEEDS.x.url]: readFileSync(path.join(ROOT, 'bench/fixtures', FEEDS.x.file), 'utf8') });
    const popup = await session.openPopup();
    const known = knownAuthors(site);
    const replies = await sendAllRaw(
      popup,
      known.map((handle) => ({
        type: 'contact:set-last-contact',
        payload: { profile: snapshotOf(site, handle, handle), at: Date.now() - 30 * DAY },
      })),
    );
    expect(replies.every((r) => 'ok' in r && r.ok)).toBe(true);
    await saveSettings(popup, { inlineMarks: true });
    await popup.close();

    const page = await session.context.newPage();
    await page.addInitScript(recordLongTasks);
    await page.goto(FEEDS[site].url);
    await page.waitForTimeout(500);
    await page.evaluate(startControl, SLICE_BUDGET_MS);
    await page.evaluate(scrollToEnd, FEED_POSTS);
    await expect.poll(async () => (await markStats(page, session.extensionId))?.marks, { timeout: 20_000 }).toBe(known.length);
    const control = await page.evaluate(() => {
      const c = (window as unknown as { __kkControl: { stop: boolean; ms: number[] } }).__kkControl;
      c.stop = true;
      return c.ms;
    });
    const stats = (await markStats(page, session.extensionId))!;
    const longTasks = await page.evaluate(() => (window as unknown as { __kkLongTasks: LongTaskLog }).__kkLongTasks);
    console.info(
      `[marks] ${site}: ${stats.marks} marks; ${stats.slices} slices, longest ${stats.maxSliceMs.toFixed(1)} ms, total ${stats.totalMs.toFixed(0)} ms; ` +
        `observer longest ${stats.maxObserverMs.toFixed(2)} ms, total ${stats.observerMs.toFixed(0)} ms; ${stats.lookups} lookups; ` +
        `long tasks in the page (anyone's): ${longTasks.count}, ${longTasks.total.toFixed(0)} ms`,
    );
    const sorted = [...stats.recentMs].sort((a, b) => a - b);
    console.info(`[marks] ${site} slices: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, p90 ${sorted[Math.floor(sorted.length * 0.9)]?.toFixed(1)} ms`);
    const over = (list: number[]) => list.filter((t) => t >= 50).length / Math.max(1, list.length);
    const quiet = Math.max(...control) < 50;
    console.info(`[marks] ${site} control: ${control.length} slices of ${SLICE_BUDGET_MS} ms work, longest ${Math.max(...control).toFixed(1)} ms, ${(over(control) * 100).toFixed(1)}% over 50 ms; ours ${(over(stats.recentMs) * 100).toFixed(1)}% over 50 ms; judged ${quiet ? 'slice by slice' : 'against the control'}`);
    expect(control.length).toBeGreaterThan(20);
    if (quiet) {
      expect(stats.maxSliceMs).toBeLessThan(50);
      expect(stats.maxObserverMs).toBeLessThan(50);
    } else {
      expect(over(stats.recentMs)).toBeLessThanOrEqual(over(control) + 0.05);
    }
    // At most one lookup per slice (per frame), and far fewer than one per post.
    expect(stats.lookups).toBeLessThanOrEqual(stats.slices);
    expect(stats.lookups).toBeLessThan(FEED_POSTS / 5);
    await page.close();
  });
});
