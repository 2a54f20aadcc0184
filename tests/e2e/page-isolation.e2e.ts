/**
 * Nothing leaks, nothing is pressed (issue 9): the site's own scripts, in the page's main world,
 * can neither read what the user saved while the panel shows it nor make the panel write.
 *
 * "Page script" here is `page.evaluate` / `addInitScript`, which run in the page's main world like
 * LinkedIn's and X's scripts. Where a test needs a script that already holds panel elements (as
 * any site script did while the root was open), DevTools hands it the root (panel.ts): the point
 * there is that such a script still cannot make the panel write.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbDigest, dumpDb } from './extension-page';
import { ETHAN, HARUTO } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en, upToFirstPlaceholder } from './messages';
import { evaluateInPanel, isoDay, panel, panelHosts, panelName } from './panel';

const NOTE = 'Confidential: thinking of leaving Acme — 転職を考えている (needle 7731)';
const TOUCH_NOTE = 'Asked about the Fukuoka job (needle 4409)';

/**
 * Installed before the page loads, in the main world, like a site script that wants our UI: it
 * forces every shadow root it can open and keeps them, and records what bubbles or is captured
 * out of the panel (targets and composed paths) and the text that bubbles out with key and input
 * events. Content scripts run in an isolated world, so the patch never touches the panel's
 * attachShadow.
 */
function spyFromThePage(): void {
  const w = window as unknown as { __spy: { roots: ShadowRoot[]; paths: string[]; bubbledText: string[] } };
  const spy = (w.__spy = { roots: [] as ShadowRoot[], paths: [] as string[], bubbledText: [] as string[] });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const root = attach.call(this, { ...init, mode: 'open' });
    spy.roots.push(root);
    return root;
  };
  const describeNode = (n: EventTarget) => (n instanceof Element ? n.localName : n instanceof ShadowRoot ? '#shadow-root' : n === document ? '#document' : 'window');
  for (const type of ['click', 'focusin', 'keydown', 'beforeinput', 'input', 'textInput', 'compositionend']) {
    // Capture phase on window: the earliest a page can look. Target and path are retargeted.
    window.addEventListener(type, (e) => spy.paths.push(`${type}: ${e.composedPath().map(describeNode).join(' > ')}`), true);
    // Bubble phase on document: what most site code listens to.
    document.addEventListener(type, (e) => {
      const text = (e as KeyboardEvent).key ?? (e as InputEvent).data;
      if (typeof text === 'string' && text.length > 0) spy.bubbledText.push(`${type}: ${text}`);
    });
  }
}

/**
 * Everything a main-world script can look at: the DOM with attributes, the title, rendered text,
 * serialised HTML, every shadow root it can open (and those its attachShadow patch kept), the
 * focused element, the selection, caret hit tests across the viewport, and `window.find`.
 */
function searchFromThePage(needles: string[]): string[] {
  const found: string[] = [];
  const check = (where: string, text: string | null | undefined) => {
    for (const needle of needles) if (text?.includes(needle)) found.push(`${where}: ${needle}`);
  };
  check('title', document.title);
  check('outerHTML', document.documentElement.outerHTML);
  check('innerText', document.documentElement.innerText);
  check('getHTML', document.documentElement.getHTML({ serializableShadowRoots: true }));
  const visit = (root: Document | ShadowRoot, where: string) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        check(`${where} ${el.localName}.shadowRoot`, el.shadowRoot.textContent);
        visit(el.shadowRoot, `${where} ${el.localName}`);
      }
    }
  };
  visit(document, 'document');
  const spy = (window as unknown as { __spy?: { roots: ShadowRoot[] } }).__spy;
  for (const root of spy?.roots ?? []) check('root kept by a patched attachShadow', root.textContent);
  check('activeElement', document.activeElement?.shadowRoot?.textContent ?? document.activeElement?.textContent);
  check('selection', String(getSelection()));
  const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  for (let x = 0; x < innerWidth; x += 20) {
    for (let y = 0; y < innerHeight; y += 20) {
      check('caretRangeFromPoint', doc.caretRangeFromPoint?.(x, y)?.startContainer.textContent);
      check('caretPositionFromPoint', document.caretPositionFromPoint?.(x, y)?.offsetNode.textContent);
      for (const el of document.elementsFromPoint(x, y)) check('elementsFromPoint', el.shadowRoot?.textContent);
    }
  }
  // window.find searches closed roots too, and leaves the selection on what it found; extending
  // that selection over the document and reading it would hand over every note. Start from the
  // panel's own headings, which any script knows. (That window.find still answers "is this exact
  // text on screen?" for a guessed string is a limit of shadow DOM; it cannot read anything.)
  const find = (window as unknown as { find: (s: string, caseSensitive?: boolean, backwards?: boolean, wrap?: boolean) => boolean }).find;
  for (const known of ['Notes', 'Last contact', 'Industry']) {
    getSelection()?.removeAllRanges();
    if (!find(known, false, false, true)) continue;
    const selection = getSelection()!;
    selection.modify('extend', 'forward', 'documentboundary');
    check(`window.find('${known}') + Selection.modify`, String(selection));
  }
  getSelection()?.removeAllRanges();
  return [...new Set(found)];
}

describe('page isolation: the site cannot read the panel or press its buttons', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [ETHAN.url]: ETHAN.html(), [HARUTO.url]: HARUTO.html() });
    popup = await session.openPopup();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a script in the page cannot find a saved note, touch, date or industry while the panel shows them', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(spyFromThePage);
    await page.goto(ETHAN.url);
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);

    // The user saves a note, a date, an industry, a cadence and a touch with a note.
    await panel(page).getByLabel(en('noteLabel')).fill(NOTE);
    await panel(page).getByRole('button', { name: en('noteSave') }).click();
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual([NOTE]);
    await panel(page).getByLabel(en('lastContactPickLabel')).fill(isoDay(12));
    await panel(page).getByRole('button', { name: en('lastContactSetButton') }).click();
    await expect.poll(() => panel(page).getByTestId('last-contact').textContent()).not.toBe(en('lastContactNever'));
    await panel(page).getByLabel(en('industryLabel', ETHAN.name)).selectOption({ label: en('industry_hospitals_health_care') });
    await expect.poll(() => panel(page).getByLabel(en('industryLabel', ETHAN.name)).selectedText()).toBe(en('industry_hospitals_health_care'));
    await panel(page).getByLabel(en('cadenceLabel')).selectOption({ label: en('cadence_6w') });
    await panel(page).getByLabel(en('touchNoteLabel')).fill(TOUCH_NOTE);
    await panel(page).getByRole('button', { name: en('touchLog') }).click();
    await expect.poll(async () => (await dumpDb(popup)).touches.map((t) => t.note)).toContain(TOUCH_NOTE);
    await expect.poll(() => panel(page).getByTestId('last-contact').textContent()).toBe(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date()));

    // What the panel shows now, as the user sees it (read through DevTools).
    const shown = await panel(page).textContent();
    const nextDue = (await panel(page).locator('.muted').allTextContents()).find((t) => t.startsWith(upToFirstPlaceholder(en, 'nextDue')));
    const lastContact = await panel(page).getByTestId('last-contact').textContent();
    expect(shown).toContain(NOTE);
    expect(nextDue).toBeTruthy();
    const needles = [NOTE, '転職を考えている', 'needle 7731', nextDue!, lastContact!];
    // The touch note is stored, not shown; it must not be anywhere in the page either.
    needles.push(TOUCH_NOTE);

    // Focus inside the panel, as while the user works in it.
    await panel(page).getByLabel(en('noteLabel')).click();
    await page.keyboard.type('typing');
    expect(await page.evaluate(searchFromThePage, needles)).toEqual([]);

    // Nothing from inside the panel in any event path or target the page saw, and none of the
    // typed text bubbled out (capture-phase listeners still see keys: see start-panel.tsx).
    const spy = await page.evaluate(() => (window as unknown as { __spy: { roots: unknown[]; paths: string[]; bubbledText: string[] } }).__spy);
    expect(spy.paths.length).toBeGreaterThan(0);
    const host = (await panelHosts(page))[0]!.localName;
    const fromPanel = spy.paths.filter((p) => p.includes(`${host} > `));
    expect(fromPanel.length).toBeGreaterThan(0);
    expect(fromPanel.filter((p) => !p.endsWith(`: ${host} > html > #document > window`))).toEqual([]);
    expect(spy.bubbledText).toEqual([]);
    expect(spy.roots.length).toBe(0);
    await page.close();
  });

  it('the host is a closed root with a random name that names no product and carries no attributes', async () => {
    const names: string[] = [];
    for (let load = 0; load < 2; load++) {
      const page = await session.context.newPage();
      await page.goto(HARUTO.url);
      await expect.poll(() => panelName(page).textContent()).toBe(HARUTO.name);
      const [host, ...others] = await panelHosts(page);
      expect(others).toEqual([]);
      expect(host!.mode).toBe('closed');
      expect(host!.localName).not.toMatch(/kakehashi|kk-|panel|架/i);
      names.push(host!.localName);
      const seen = await page.evaluate((name) => {
        const el = document.querySelector(name)!;
        return { attributes: el.getAttributeNames(), closed: el.shadowRoot === null, undefinedElement: customElements.get(name) === undefined };
      }, host!.localName);
      expect(seen).toEqual({ attributes: [], closed: true, undefinedElement: true });
      await page.close();
    }
    // A new name on every page load: nothing constant for a scanner to match.
    expect(names[0]).not.toBe(names[1]);
  });

  it('clicks, keys, input and change events a script dispatches never save, log, set or delete anything', async () => {
    const page = await session.context.newPage();
    await page.goto(HARUTO.url);
    await expect.poll(() => panelName(page).textContent()).toBe(HARUTO.name);
    // Text typed by the user, so Save is enabled: only the click would be fake.
    await panel(page).getByLabel(en('noteLabel')).fill('typed by the user');
    const before = await dbDigest(popup);

    // A script holding the panel's elements (DevTools hands it the root) tries every write.
    const L = {
      panelTrack: en('panelTrack'),
      noteSave: en('noteSave'),
      noteLabel: en('noteLabel'),
      lastContactPickLabel: en('lastContactPickLabel'),
      lastContactSetButton: en('lastContactSetButton'),
      touchKindLabel: en('touchKindLabel'),
      touchNoteLabel: en('touchNoteLabel'),
      touchLog: en('touchLog'),
      noteDeleteYes: en('noteDeleteYes'),
      noteDelete: en('noteDelete'),
      panelCollapse: en('panelCollapse'),
      industryLabel: en('industryLabel', HARUTO.name),
      cadenceLabel: en('cadenceLabel'),
    };
    const untrusted = () =>
      evaluateInPanel(
        page,
        async (root, L) => {
          const byLabel = (label: string) => root.querySelector(`[aria-label="${label}"]`) as HTMLInputElement & HTMLSelectElement;
          const button = (name: string) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
          const tried: string[] = [];
          const click = (name: string) => {
            const b = button(name);
            if (b) {
              b.click();
              b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
              tried.push(name);
            }
          };
          click(L.panelTrack);
          click(L.noteSave);
          const note = byLabel(L.noteLabel);
          note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
          note.value = 'written by the page';
          note.dispatchEvent(new InputEvent('input', { data: 'x', inputType: 'insertText', bubbles: true, composed: true }));
          note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', metaKey: true, bubbles: true, composed: true, cancelable: true }));
          const date = byLabel(L.lastContactPickLabel);
          date.value = '2020-01-02';
          date.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          click(L.lastContactSetButton);
          for (const [label, index] of [[L.industryLabel, 3], [L.cadenceLabel, 2]] as const) {
            const select = byLabel(label);
            select.selectedIndex = index;
            select.dispatchEvent(new Event('input', { bubbles: true }));
            select.dispatchEvent(new Event('change', { bubbles: true }));
            tried.push(label);
          }
          const kind = root.querySelector('input[type=radio][value=thanks]') as HTMLInputElement;
          kind.click();
          kind.dispatchEvent(new Event('change', { bubbles: true }));
          if (kind.checked) throw new Error('a script ticked a touch kind');
          tried.push(L.touchKindLabel);
          const touchNote = byLabel(L.touchNoteLabel);
          touchNote.value = 'logged by the page';
          touchNote.dispatchEvent(new InputEvent('input', { data: 'x', bubbles: true, composed: true }));
          click(L.touchLog);
          // Delete opens a confirmation (not a write); its "Delete note" is the write.
          click(L.noteDelete);
          await new Promise((resolve) => setTimeout(resolve, 200));
          click(L.noteDeleteYes);
          click(L.panelCollapse);
          return tried;
        },
        L,
        [] as string[],
      );

    // Not yet tracked: Track, Set date, Save note, the selects, the kind and Log touch.
    expect(await untrusted()).toEqual([L.panelTrack, L.noteSave, L.lastContactSetButton, L.industryLabel, L.cadenceLabel, L.touchKindLabel, L.touchLog, L.panelCollapse]);
    await page.waitForTimeout(800);
    expect(await dbDigest(popup)).toBe(before);
    expect(await panel(page).count()).toBe(1); // not collapsed
    expect(await panel(page).getByLabel(en('noteLabel')).inputValue()).not.toBe('');

    // Control: the user's own Ctrl+Enter saves what the user typed, so the handlers were there.
    await panel(page).getByLabel(en('noteLabel')).fill('typed by the user');
    await panel(page).getByLabel(en('noteLabel')).press('Control+Enter');
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['typed by the user']);

    // Tracked, with a note: the same attempts, plus deleting that note.
    await panel(page).getByLabel(en('noteLabel')).fill('second, typed by the user');
    const tracked = await dbDigest(popup);
    expect(await untrusted()).toEqual([L.noteSave, L.lastContactSetButton, L.industryLabel, L.cadenceLabel, L.touchKindLabel, L.touchLog, L.noteDelete, L.noteDeleteYes, L.panelCollapse]);
    await page.waitForTimeout(800);
    expect(await dbDigest(popup)).toBe(tracked);
    expect(await panel(page).locator('.note .body').allTextContents()).toEqual(['typed by the user']);
    expect(await panel(page).count()).toBe(1);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});
