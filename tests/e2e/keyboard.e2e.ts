/**
 * The panel by keyboard alone, and Japanese IME safety: on a LinkedIn profile, Tab reaches the
 * note box and its Save button; Ctrl+Enter saves; plain Enter is a new line; and the Enter that
 * confirms an IME conversion (isComposing, keyCode 229) never saves, even with Ctrl held.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETHAN } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en } from './messages';
import { evaluateInPanel, focused, panel, panelName, type Focused } from './panel';

/** Presses Tab until focus lands on the panel control named `name`; returns the panel stops passed on the way. */
async function tabTo(page: Page, name: string, max = 600): Promise<Focused[]> {
  const panelStops: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.inPanel && now.name === name) return panelStops;
    if (now.inPanel) panelStops.push(now);
  }
  throw new Error(`Tab never reached the panel control "${name}" in ${max} presses (panel stops seen: ${JSON.stringify(panelStops)})`);
}

const textareaValue = (page: Page) => panel(page).getByLabel(en('noteLabel')).inputValue();
const noteBodies = (page: Page) => panel(page).locator('.note .body').allTextContents();

/** Lets a save that should not happen have every chance to land before we look. */
const settle = (page: Page) => page.waitForTimeout(500);

describe('keyboard and IME: the panel without a mouse, and a Japanese IME Enter never saves', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [ETHAN.url]: ETHAN.html() });
    page = await session.context.newPage();
    await page.goto(ETHAN.url);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('Tab reaches the note box and Save; Ctrl+Enter and Enter on Save both save', async () => {
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
    const before = await tabTo(page, en('noteLabel'));
    // The panel's own controls before the note box come first, starting with its header.
    expect(before[0]?.name).toBe(en('panelCollapse'));
    expect(before.map((s) => s.name)).toContain(en('lastContactSetButton'));

    await page.keyboard.type('Keyboard only: 名刺を交換した');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ inPanel: true, tag: 'button', name: en('noteSave') });
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe(en('noteLabel'));
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => noteBodies(page)).toEqual(['Keyboard only: 名刺を交換した']);
    expect(await textareaValue(page)).toBe('');

    // Focus stays in the note box after saving, so the next note can be typed straight away.
    expect((await focused(page)).name).toBe(en('noteLabel'));
    await page.keyboard.type('Second, saved with the button');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe(en('noteSave'));
    await page.keyboard.press('Enter');
    await expect.poll(() => noteBodies(page)).toEqual(['Second, saved with the button', 'Keyboard only: 名刺を交換した']);
  });

  it('plain Enter inserts a new line and does not save', async () => {
    await panel(page).getByLabel(en('noteLabel')).focus();
    await page.keyboard.type('line one');
    await page.keyboard.press('Enter');
    await page.keyboard.type('line two');
    await settle(page);
    expect(await textareaValue(page)).toBe('line one\nline two');
    expect(await noteBodies(page)).toHaveLength(2);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => noteBodies(page)).toHaveLength(3);
    expect((await noteBodies(page))[0]).toBe('line one\nline two');
  });

  it('a real IME composition (DevTools Input domain): Ctrl+Enter while composing does not save', async () => {
    const textarea = panel(page).getByLabel(en('noteLabel'));
    await textarea.focus();
    // Record what the textarea actually receives (the test reaches the closed root through DevTools).
    await evaluateInPanel(page, (root) => {
      const ta = root.querySelector('textarea')!;
      const log: string[] = [];
      (window as unknown as { __kkLog: string[] }).__kkLog = log;
      for (const type of ['compositionstart', 'compositionend']) ta.addEventListener(type, () => log.push(type));
      ta.addEventListener('keydown', (e) => log.push(`keydown ${e.key} keyCode=${e.keyCode} isComposing=${e.isComposing} ctrl=${e.ctrlKey}`));
    }, null, undefined);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'ふじさん', selectionStart: 4, selectionEnd: 4 });
    // The Enter a user presses to confirm the conversion, with Ctrl held.
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229, modifiers: 2 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229, modifiers: 2 });
    await cdp.send('Input.insertText', { text: '富士山' });
    await cdp.detach();

    const log = await page.evaluate(() => (window as unknown as { __kkLog: string[] }).__kkLog);
    expect(log).toEqual(['compositionstart', 'keydown Enter keyCode=229 isComposing=true ctrl=true', 'compositionend']);
    await settle(page);
    expect(await noteBodies(page)).toHaveLength(3);
    expect(await textareaValue(page)).toBe('富士山');

    // Once the conversion is confirmed, Ctrl+Enter saves exactly what was typed, once.
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => noteBodies(page)).toHaveLength(4);
    expect((await noteBodies(page))[0]).toBe('富士山');
  });

  it('dispatched key events never save, composing or not; the same Ctrl+Enter from the keyboard does', async () => {
    await panel(page).getByLabel(en('noteLabel')).fill('写真を送る');
    // A script that holds the textarea (the test hands it one through DevTools; the site's scripts
    // cannot even find it) dispatches the keys itself: such events are untrusted.
    const enter = (composing: boolean) =>
      evaluateInPanel(
        page,
        (root, isComposing) => {
          const ta = root.querySelector('textarea')!;
          const init = { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true };
          if (isComposing) {
            ta.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true, composed: true }));
            ta.dispatchEvent(new InputEvent('input', { data: 'しゃしん', inputType: 'insertCompositionText', isComposing: true, bubbles: true, composed: true }));
          }
          const keydown = new KeyboardEvent('keydown', { ...init, isComposing, keyCode: isComposing ? 229 : 13 });
          ta.dispatchEvent(keydown);
          if (isComposing) ta.dispatchEvent(new CompositionEvent('compositionend', { data: '写真', bubbles: true, composed: true }));
          return { keyCode: keydown.keyCode, isComposing: keydown.isComposing, trusted: keydown.isTrusted, prevented: keydown.defaultPrevented };
        },
        composing,
        null,
      );

    // The events really carry the IME flags (or not), and the panel neither saves nor claims them.
    expect(await enter(true)).toEqual({ keyCode: 229, isComposing: true, trusted: false, prevented: false });
    expect(await enter(false)).toEqual({ keyCode: 13, isComposing: false, trusted: false, prevented: false });
    await settle(page);
    expect(await noteBodies(page)).toHaveLength(4);
    expect(await panel(page).getByLabel(en('noteLabel')).inputValue()).toBe('写真を送る');

    // Control: the user's own Ctrl+Enter saves, so the handler was there to refuse the ones above.
    await panel(page).getByLabel(en('noteLabel')).press('Control+Enter');
    await expect.poll(() => noteBodies(page)).toHaveLength(5);
    expect((await noteBodies(page))[0]).toBe('写真を送る');
  });
});
