/**
 * Keeps the popup's cached home (utils/db/popup-home.ts) warm, so opening the popup is one small
 * read (popup-home-cache.ts) rather than recomputing it while the user waits — at 100,000 contacts
 * that is hundreds of milliseconds.
 *
 * Every write stamps the home stale (the stamp middleware); the background then recomputes it
 * shortly after (debounced: a burst of writes — an import, a bulk action — costs one recompute), in
 * its own read transaction, never inside the write's. A write that lands while it computes makes
 * `cachePopupHome` refuse the result, and it computes again. It also recomputes when the home
 * stops being true without a write (`validUntil`), while the background is awake to do so; if it
 * was asleep, the popup finds the home stale and asks the background, which computes it then.
 */
import type { ShownSuggestions } from '../messaging/shown-suggestions';
import { cachePopupHome, computePopupHome } from '../db/popup-home';
import { currentHomeOf, POPUP_DUE_PAGE } from '../db/popup-home-cache';
import type { KakehashiDb } from '../db/schema';

/** Quiet time after a write before the home is recomputed. */
export const HOME_WARM_DELAY_MS = 250;
/** Recomputes in a row when writes keep landing meanwhile, before waiting for the next write. */
const MAX_TRIES = 3;
/** A timer longer than this is not armed (the background sleeps long before). */
const MAX_TIMER_MS = 60 * 60_000;

export interface HomeWarmer {
  /** A write happened (or may have): recompute soon. */
  schedule(): void;
  /** Recompute soon if the home is not current now (the background woke, a periodic alarm). */
  refresh(): void;
  /** Resolves when no recompute is pending or running (tests). */
  idle(): Promise<void>;
}

export function createHomeWarmer(
  db: KakehashiDb,
  shown: ShownSuggestions,
  now: () => number = Date.now,
  logError: (message: string, cause: unknown) => void = (message, cause) => console.error(message, cause),
): HomeWarmer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let expiry: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  /** A write was reported since the last recompute started: recompute even if the home looks current. */
  let written = false;

  const isCurrent = async () => currentHomeOf(await db.transaction('r', db.popupHome, () => db.popupHome.bulkGet(['stamp', 'home'])), POPUP_DUE_PAGE, now()) !== null;

  const warm = async (force: boolean) => {
    if (!force && (await isCurrent())) return;
    // A write that lands while this computes makes cachePopupHome refuse the result: compute again.
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const at = now();
      const row = await computePopupHome(db, at, POPUP_DUE_PAGE, await shown.read(at));
      if (await cachePopupHome(db, row)) {
        if (expiry) clearTimeout(expiry);
        const wait = row.validUntil - now();
        expiry = wait < MAX_TIMER_MS ? setTimeout(refresh, Math.max(wait, 0) + 1) : null;
        return;
      }
    }
  };

  const start = () => {
    timer = null;
    if (running) {
      // Runs again when the current one is done (its result may predate the write).
      timer = setTimeout(start, HOME_WARM_DELAY_MS);
      return;
    }
    const force = written;
    written = false;
    running = warm(force)
      .catch((error: unknown) => logError('[Kakehashi] could not prepare the popup', error))
      .finally(() => {
        running = null;
      });
  };

  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(start, HOME_WARM_DELAY_MS);
  };
  function refresh() {
    if (!timer) arm();
  }

  return {
    schedule() {
      written = true;
      arm();
    },
    refresh,
    async idle() {
      while (timer || running) {
        if (running) await running;
        else await new Promise((resolve) => setTimeout(resolve, HOME_WARM_DELAY_MS));
      }
    },
  };
}
