import type { Locator, Page } from 'playwright-core';

/** The injected panel (Playwright locators pierce its open shadow root). */
export function panel(page: Page): Locator {
  return page.locator('kakehashi-panel .card');
}

export function panelName(page: Page): Locator {
  return page.locator('kakehashi-panel [data-testid=panel-name]');
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
 * Starts recording, every animation frame, whether the panel shows `text` while the address bar
 * is at `whilePath`. Returns a function that stops and tells whether it was ever seen: "never,
 * even for a moment".
 */
export async function watchPanelFor(page: Page, text: string, whilePath: string): Promise<() => Promise<boolean>> {
  await page.evaluate(([needle, path]) => {
    const w = window as unknown as { __kkSeen: boolean; __kkStop: boolean };
    w.__kkSeen = false;
    w.__kkStop = false;
    const tick = () => {
      const host = document.querySelector('kakehashi-panel');
      if (location.pathname === path && host?.shadowRoot?.textContent?.includes(needle)) w.__kkSeen = true;
      if (!w.__kkStop) requestAnimationFrame(tick);
    };
    tick();
  }, [text, whilePath] as const);
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __kkSeen: boolean; __kkStop: boolean };
      w.__kkStop = true;
      return w.__kkSeen;
    });
}
