import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitForProfile } from './index';
import { documentFrom } from './__fixtures__/load';
import { waitFor } from './wait';

/** The X DOM fixture's primary column, to insert into a shell later (as X's React does). */
const X_PAGE = readFileSync(path.join(__dirname, 'x/__fixtures__/profile-dom.2026-05.html'), 'utf8');
const X_URL = new URL('https://x.com/Aoi_Builds');

function shell(): Document {
  return documentFrom(
    '<html><head></head><body><main><div data-testid="primaryColumn"><div role="progressbar" aria-label="Loading"></div></div></main></body></html>',
  );
}

/** Replaces the primary column's content with the fixture's rendered one, as X's React does. */
function renderProfile(doc: Document, page = X_PAGE): void {
  const rendered = documentFrom(page).querySelector('[data-testid="primaryColumn"]');
  const column = doc.querySelector('[data-testid="primaryColumn"]');
  if (!rendered || !column) throw new Error('fixture without primaryColumn');
  column.replaceChildren(...[...rendered.childNodes].map((node) => doc.importNode(node, true)));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('waitForProfile', () => {
  it('resolves at once when the profile is already there', async () => {
    const doc = documentFrom(X_PAGE);
    await expect(waitForProfile(doc, X_URL, { timeoutMs: 50 })).resolves.toMatchObject({ handle: 'aoi_builds' });
  });

  it('resolves with the snapshot when the header is rendered after a delay (MutationObserver)', async () => {
    const doc = shell();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    setTimeout(() => renderProfile(doc), 30);
    const started = Date.now();
    const snapshot = await waitForProfile(doc, X_URL, { timeoutMs: 2000 });
    expect(snapshot).toMatchObject({ site: 'x', handle: 'aoi_builds', name: 'Aoi Kimura 🌸' });
    expect(Date.now() - started).toBeLessThan(500); // the observer, not the 1 s safety poll
    expect(info).not.toHaveBeenCalled();
  });

  it('waits through the previous person’s header and resolves only with the right one', async () => {
    const doc = shell();
    renderProfile(doc, X_PAGE.replaceAll('Aoi_Builds', 'Previous_One'));
    const found = waitForProfile(doc, X_URL, { timeoutMs: 2000 });
    setTimeout(() => renderProfile(doc), 30);
    const snapshot = await found;
    expect(snapshot?.handle).toBe('aoi_builds');
    expect(snapshot?.name).toBe('Aoi Kimura 🌸');
  });

  it('resolves null after the timeout, logging one line naming what never appeared', async () => {
    vi.useFakeTimers();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const result = waitForProfile(shell(), X_URL, { timeoutMs: 10_000 });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(info).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBeNull();
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0]?.[0]).toBe('[Kakehashi] profile header never appeared on x: div[data-testid=UserName]');
    expect(vi.getTimerCount()).toBe(0); // every timer cleared
  });

  it('names the mismatching handle when another profile stays on screen', async () => {
    vi.useFakeTimers();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const doc = documentFrom(X_PAGE.replaceAll('Aoi_Builds', 'Previous_One'));
    const result = waitForProfile(doc, X_URL, { timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(result).resolves.toBeNull();
    expect(info.mock.calls[0]?.[0]).toContain('@aoi_builds in div[data-testid=UserName] (shows @previous_one)');
  });

  it('logs what is missing on LinkedIn, and defaults to a 10 s timeout', async () => {
    vi.useFakeTimers();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const doc = documentFrom('<html><body><main><div class="scaffold-skeleton"></div></main></body></html>');
    const result = waitForProfile(doc, new URL('https://www.linkedin.com/in/ethanohara/'), {});
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toBeNull();
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0]?.[0]).toMatch(/^\[Kakehashi\] profile header never appeared on linkedin: main section\.pv-top-card/);
  });

  it('resolves null at once when the signal aborts, and cleans up', async () => {
    vi.useFakeTimers();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const controller = new AbortController();
    const result = waitForProfile(shell(), X_URL, { timeoutMs: 10_000, signal: controller.signal });
    controller.abort();
    await expect(result).resolves.toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    expect(info).not.toHaveBeenCalled();
  });

  it('resolves null immediately for an already aborted signal, a non-profile URL or a page without a header', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(waitForProfile(shell(), X_URL, { signal: controller.signal })).resolves.toBeNull();
    await expect(waitForProfile(shell(), new URL('https://x.com/home'), {})).resolves.toBeNull();
    const details = new URL('https://www.linkedin.com/in/ethanohara/details/experience/');
    await expect(waitForProfile(shell(), details, {})).resolves.toBeNull();
  });
});

describe('waitFor', () => {
  it('coalesces a burst of mutations into one check', async () => {
    const doc = shell();
    const find = vi.fn(() => null as string | null);
    const result = waitFor(doc, { find, containers: ['main'], describeMissing: () => 'x', timeoutMs: 300, throttleMs: 20 });
    const column = doc.querySelector('[data-testid="primaryColumn"]');
    for (let i = 0; i < 50; i++) column?.appendChild(doc.createElement('div'));
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    await new Promise((r) => setTimeout(r, 60));
    expect(find.mock.calls.length).toBeLessThanOrEqual(3); // the first call + one coalesced check
    await result;
    expect(info).toHaveBeenCalledTimes(1);
  });

  it('falls back to polling where MutationObserver does not exist', async () => {
    vi.useFakeTimers();
    let ready = false;
    const result = waitFor(shell(), {
      find: () => (ready ? 'found' : null),
      containers: ['main'],
      describeMissing: () => 'never',
      MutationObserver: null,
      timeoutMs: 5_000,
    });
    ready = true;
    await vi.advanceTimersByTimeAsync(250);
    await expect(result).resolves.toBe('found');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('treats a throwing extractor as not ready rather than rejecting', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const result = waitFor(shell(), {
      find: () => {
        throw new Error('markup changed');
      },
      containers: ['main'],
      describeMissing: () => 'never',
      timeoutMs: 500,
    });
    await vi.advanceTimersByTimeAsync(500);
    await expect(result).resolves.toBeNull();
  });
});
