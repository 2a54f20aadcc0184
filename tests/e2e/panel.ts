/**
 * Reads and drives the in-page panel from the test, through the DevTools protocol.
 *
 * The panel lives in a closed shadow root under a randomly named host, so neither the page's
 * scripts nor Playwright locators can see it. DevTools can: `DOM.getDocument({ pierce: true })`
 * lists closed roots, and `DOM.resolveNode` hands the test (not the page) a reference to one, on
 * which it runs small functions. Clicks and typing go through `page.mouse` / `page.keyboard`
 * (DevTools `Input.*`), so the panel receives trusted events exactly as from a user; the test never
 * calls `el.click()` or dispatches events (the panel ignores those, see components/trusted-event.ts).
 *
 * `panel(page)` returns a small locator with the parts of Playwright's Locator the suites use.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: 'open' | 'closed' | 'user-agent';
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

const CDP_REPLY_MS = 15_000;

/**
 * One DevTools call with a bounded wait. Under load a reply on a long-lived session was seen to
 * never arrive (the test then hung for its whole timeout); the call is retried once on a fresh
 * session, and a second silence is an error naming the method rather than a hang.
 */
async function send<T>(page: Page, method: string, params: Record<string, unknown>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const cdp = await cdpOf(page);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const silence = new Promise<'silent'>((resolve) => (timer = setTimeout(() => resolve('silent'), CDP_REPLY_MS)));
    try {
      const reply = await Promise.race([cdp.send(method as 'DOM.getDocument', params), silence]);
      if (reply !== 'silent') return reply as T;
    } finally {
      clearTimeout(timer);
    }
    sessions.delete(page);
    void cdp.detach().catch(() => undefined);
    if (attempt > 0) throw new Error(`DevTools ${method} got no reply in ${CDP_REPLY_MS} ms, twice`);
  }
}

export interface PanelHost {
  /** The host's tag name, as the page sees it. */
  localName: string;
  /** The shadow root's mode (the panel's is closed; page-isolation.e2e.ts checks it). */
  mode: 'open' | 'closed';
  backendNodeId: number;
  rootBackendNodeId: number;
}

/**
 * The panel's hosts: children of <html> with a shadow root — what start-panel.tsx mounts (the
 * fixture pages have no other). Normally zero or one. Open roots count too, so the same tests can
 * run against an older build and fail for what it does rather than for not being found.
 */
export async function panelHosts(page: Page): Promise<PanelHost[]> {
  const { root } = await send<{ root: DomNode }>(page, 'DOM.getDocument', { depth: 2, pierce: true });
  const html = root.children?.find((n) => n.nodeName === 'HTML');
  return (html?.children ?? []).flatMap((node) => {
    const shadow = node.shadowRoots?.find((r) => r.shadowRootType === 'closed' || r.shadowRootType === 'open');
    if (!shadow) return [];
    const mode = shadow.shadowRootType === 'open' ? 'open' : 'closed';
    return [{ localName: node.localName ?? node.nodeName.toLowerCase(), mode, backendNodeId: node.backendNodeId, rootBackendNodeId: shadow.backendNodeId }];
  });
}

/**
 * Runs `fn(root, arg)` in the page with the panel's closed shadow root (the first host's), and
 * returns its result; `whenMissing` when there is no panel. The reference exists only inside this
 * DevTools call: nothing is left where the page's scripts could find it.
 */
export async function evaluateInPanel<A, R>(page: Page, fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg: A, whenMissing: R): Promise<R> {
  return evaluateSource(page, `function (arg) { return (${fn.toString()})(this, arg); }`, arg, whenMissing);
}

/** Like `evaluateInPanel`, on the root of a host found earlier, wherever in the page it is now. */
export async function evaluateInRoot<A, R>(page: Page, host: PanelHost, fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg: A, whenMissing: R): Promise<R> {
  return evaluateSource(page, `function (arg) { return (${fn.toString()})(this, arg); }`, arg, whenMissing, host);
}

async function evaluateSource<R>(page: Page, functionDeclaration: string, arg: unknown, whenMissing: R, known?: PanelHost): Promise<R> {
  const host = known ?? (await panelHosts(page))[0];
  if (!host) return whenMissing;
  const objectGroup = `kk-test-${Math.random()}`;
  try {
    const { object } = await send<{ object: { objectId: string } }>(page, 'DOM.resolveNode', { backendNodeId: host.rootBackendNodeId, objectGroup });
    const reply = (await send(page, 'Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: R }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (reply.exceptionDetails) throw new Error(`in the panel: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return reply.result.value;
  } catch (error) {
    // The host went away between finding and using it (a navigation remounts the panel).
    if (/No node with given id|Could not find node|Cannot find context|Node with given id does not belong|Execution context was destroyed/.test(String(error))) return whenMissing;
    throw error;
  } finally {
    await send(page, 'Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}

type Step = { css: string } | { label: string } | { button: string } | { testId: string } | { nth: number };

/**
 * Resolves locator steps inside the root, in the page. Self-contained: it is sent as source.
 * `label` is an exact aria-label; `button` a button whose aria-label or trimmed text is exact.
 */
function resolveSteps(root: ShadowRoot, steps: Step[]): Element[] {
  let found: Array<Element | ShadowRoot> = [root];
  for (const step of steps) {
    if ('nth' in step) {
      const one = found[step.nth < 0 ? found.length + step.nth : step.nth];
      found = one ? [one] : [];
      continue;
    }
    const next: Element[] = [];
    for (const scope of found) {
      if ('css' in step) next.push(...scope.querySelectorAll(step.css));
      else if ('testId' in step) next.push(...scope.querySelectorAll(`[data-testid="${step.testId}"]`));
      else if ('label' in step) next.push(...[...scope.querySelectorAll('[aria-label]')].filter((e) => e.getAttribute('aria-label') === step.label));
      else next.push(...[...scope.querySelectorAll('button')].filter((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === step.button));
    }
    found = [...new Set(next)];
  }
  return found as Element[];
}

const POLL_MS = 50;
const ACTION_TIMEOUT_MS = 10_000;

interface Target {
  x: number;
  y: number;
}

/** A locator inside the panel's shadow root, read and driven through DevTools. */
export class PanelLocator {
  constructor(
    private readonly page: Page,
    private readonly steps: Step[],
  ) {}

  private with(step: Step): PanelLocator {
    return new PanelLocator(this.page, [...this.steps, step]);
  }

  locator(css: string): PanelLocator {
    return this.with({ css });
  }
  getByLabel(label: string): PanelLocator {
    return this.with({ label });
  }
  /** A button by its exact name, or any element with an explicit `role` (alert, status). */
  getByRole(role: 'button', options: { name: string }): PanelLocator;
  getByRole(role: 'alert' | 'status'): PanelLocator;
  getByRole(role: string, options?: { name: string }): PanelLocator {
    return role === 'button' && options ? this.with({ button: options.name }) : this.with({ css: `[role=${role}]` });
  }
  getByTestId(testId: string): PanelLocator {
    return this.with({ testId });
  }
  first(): PanelLocator {
    return this.with({ nth: 0 });
  }
  nth(index: number): PanelLocator {
    return this.with({ nth: index });
  }

  /** Runs `fn(elements, arg)` on what the steps match now (an empty list when there is no panel). */
  private run<A, R>(fn: (elements: Element[], arg: A) => R, arg: A, whenMissing: R): Promise<R> {
    const source = `function (input) { const resolve = ${resolveSteps.toString()}; return (${fn.toString()})(resolve(this, input.steps), input.arg); }`;
    return evaluateSource(this.page, source, { steps: this.steps, arg }, whenMissing);
  }

  count(): Promise<number> {
    return this.run((els) => els.length, null, 0);
  }
  textContent(): Promise<string | null> {
    return this.run((els) => els[0]?.textContent ?? null, null, null);
  }
  allTextContents(): Promise<string[]> {
    return this.run((els) => els.map((e) => e.textContent ?? ''), null, []);
  }
  getAttribute(name: string): Promise<string | null> {
    return this.run((els, n) => els[0]?.getAttribute(n) ?? null, name, null);
  }
  isDisabled(): Promise<boolean> {
    return this.run((els) => (els[0] as HTMLButtonElement | HTMLInputElement | undefined)?.disabled ?? false, undefined, false);
  }
  inputValue(): Promise<string | null> {
    return this.run((els) => (els[0] as HTMLInputElement | undefined)?.value ?? null, null, null);
  }
  /** The text of the selected option of a <select>. */
  selectedText(): Promise<string | null> {
    return this.run((els) => (els[0] as HTMLSelectElement | undefined)?.selectedOptions[0]?.text ?? null, null, null);
  }

  /**
   * Waits (like Playwright) until exactly the first match is visible and enabled, scrolls it into
   * view, and returns the centre of its box if a hit test there lands on it.
   */
  private async actionable(): Promise<Target> {
    const deadline = Date.now() + ACTION_TIMEOUT_MS;
    let last = 'no element';
    while (Date.now() < deadline) {
      const result = await this.run(
        (els) => {
          const el = els[0] as HTMLElement | undefined;
          if (!el) return 'no element';
          if ((el as HTMLButtonElement).disabled) return 'disabled';
          if (el.getClientRects().length === 0) return 'not visible';
          el.scrollIntoView({ block: 'center', inline: 'center' });
          const box = el.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          const hit = (el.getRootNode() as ShadowRoot).elementFromPoint(x, y);
          return hit && (el === hit || el.contains(hit)) ? { x, y } : `covered by ${hit?.localName ?? 'nothing'}`;
        },
        null,
        'no panel' as string | Target,
      );
      if (typeof result !== 'string') return result;
      last = result;
      await this.page.waitForTimeout(POLL_MS);
    }
    throw new Error(`panel ${JSON.stringify(this.steps)}: not actionable after ${ACTION_TIMEOUT_MS} ms (${last})`);
  }

  /** A real mouse click at the element's centre (trusted, as from a user). */
  async click(): Promise<void> {
    const { x, y } = await this.actionable();
    await this.page.mouse.click(x, y);
  }

  /** Moves keyboard focus to the element (focus is not an action the panel acts on). */
  async focus(): Promise<void> {
    await this.actionable();
    await this.run((els) => (els[0] as HTMLElement).focus(), null, undefined);
  }

  /** Focuses the element and presses `key` on the keyboard. */
  async press(key: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press(key);
  }

  /**
   * Replaces the field's content by keyboard: text boxes get the text as one trusted insertion
   * (like a paste or an IME commit); a date input (`YYYY-MM-DD`) gets its digits typed into the
   * month, day and year fields, in the en-US order the suites run in.
   */
  async fill(value: string): Promise<void> {
    await this.focus();
    const type = await this.run((els) => (els[0] as HTMLInputElement).type, null, '');
    if (type === 'date') {
      const [year, month, day] = value.split('-');
      await this.page.keyboard.type(`${month}${day}${year}`);
      return;
    }
    await this.run((els) => (els[0] as HTMLInputElement).select(), null, undefined);
    if (value === '') await this.page.keyboard.press('Delete');
    else await this.page.keyboard.insertText(value);
  }

  /**
   * Picks the option with this label by keyboard: opens the list (Alt+ArrowDown), moves to the
   * option and confirms with Enter, so the select fires one trusted change, as for a user.
   */
  async selectOption(option: { label: string }): Promise<void> {
    await this.focus();
    const at = await this.run(
      (els, label) => {
        const select = els[0] as HTMLSelectElement;
        return { from: select.selectedIndex, to: [...select.options].findIndex((o) => o.text === label) };
      },
      option.label,
      { from: -1, to: -1 },
    );
    if (at.to < 0) throw new Error(`panel ${JSON.stringify(this.steps)}: no option "${option.label}"`);
    if (at.to === at.from) return;
    await this.page.keyboard.press('Alt+ArrowDown');
    const key = at.to > at.from ? 'ArrowDown' : 'ArrowUp';
    for (let i = 0; i < Math.abs(at.to - at.from); i++) await this.page.keyboard.press(key);
    await this.page.keyboard.press('Enter');
  }
}

/** The panel's card. */
export function panel(page: Page): PanelLocator {
  return new PanelLocator(page, [{ css: '.card' }]);
}

/** The whole shadow root of the panel (the card, or the collapsed tab, and its container). */
export function panelRoot(page: Page): PanelLocator {
  return new PanelLocator(page, []);
}

export function panelName(page: Page): PanelLocator {
  return new PanelLocator(page, [{ css: '[data-testid=panel-name]' }]);
}

export interface Focused {
  inPanel: boolean;
  tag: string;
  name: string;
}

/** What has keyboard focus: a control inside the panel's shadow root, or something on the page. */
export async function focused(page: Page): Promise<Focused> {
  const inPanel = await evaluateInPanel(
    page,
    (root) => {
      const el = root.host === document.activeElement ? root.activeElement : null;
      return el ? { inPanel: true, tag: el.localName, name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() } : null;
    },
    null,
    null,
  );
  if (inPanel) return inPanel;
  return page.evaluate(() => {
    const el = document.activeElement;
    return { inPanel: false, tag: el?.localName ?? '', name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 80) };
  });
}

/** Local `YYYY-MM-DD` of a day `daysAgo` days before today (what a date input holds). */
export function isoDay(daysAgo: number): string {
  const d = new Date(Date.now() - daysAgo * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Simulates the site's router: pushState, then the new profile's DOM replaces the old one. */
export async function navigateInApp(page: Page, path: string, body: string, renderDelayMs = 100): Promise<void> {
  await page.evaluate(
    ([p, html, delay]) => {
      history.pushState({}, '', p);
      setTimeout(() => {
        document.body.innerHTML = html;
      }, delay);
    },
    [path, body, renderDelayMs] as const,
  );
}

/**
 * Starts recording whether the panel shows `text` while the address bar is at `whilePath`:
 * "never, even for a moment". The panel's root is closed, so the page cannot watch it; the test
 * samples it through DevTools back to back (a few milliseconds apart, well under a frame), each
 * sample reading the path and the panel's text in the same call. Returns a function that stops
 * and tells whether it was ever seen.
 */
export async function watchPanelFor(page: Page, text: string, whilePath: string): Promise<() => Promise<boolean>> {
  let seen = false;
  let stopped = false;
  let samples = 0;
  const loop = (async () => {
    while (!stopped) {
      const hit = await evaluateInPanel(page, (root, [needle, path]) => location.pathname === path && (root.textContent ?? '').includes(needle), [text, whilePath] as const, false);
      samples++;
      if (hit) seen = true;
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    if (samples < 2) throw new Error('watchPanelFor took fewer than two samples: it proved nothing');
    return seen;
  };
}
