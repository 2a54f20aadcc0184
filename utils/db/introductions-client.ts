/**
 * The page's side of the introductions' worker (introductions.worker.ts): one worker per page,
 * started on the first request; `computeIntroductions` resolves once the cache holds a fresh result.
 * Where no worker can start (a test environment), the engine runs in the page instead, yielding
 * between chunks.
 */
import { refreshIntroductions } from './introductions';
import type { KakehashiDb } from './schema';

let worker: Worker | undefined;
const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
let nextId = 1;

function introsWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./introductions.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; done?: true; error?: string }>) => {
    const call = pending.get(event.data.id);
    if (!call) return;
    pending.delete(event.data.id);
    if (event.data.error !== undefined) call.reject(new Error(event.data.error));
    else call.resolve();
  };
  // The worker itself failed (did not load, ran out of memory): every open request fails.
  worker.onerror = (event) => {
    event.preventDefault();
    const error = new Error(`the introductions worker stopped: ${event.message || 'unknown error'}`);
    for (const call of pending.values()) call.reject(error);
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

function runOnce(db: KakehashiDb, yieldToPage: () => Promise<void>): Promise<void> {
  if (typeof Worker === 'undefined') return refreshIntroductions(db, Date.now(), yieldToPage).then(() => undefined);
  const id = nextId++;
  return new Promise<void>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    introsWorker().postMessage({ id, now: Date.now() });
  });
}

let running: Promise<void> | null = null;
let queued: Promise<void> | null = null;

/**
 * Runs the engine (in the worker when there can be one) and stores its result in the cache. A
 * request made while a run is under way gets ONE run after it (that run sees the newer data): the
 * engine never runs twice at once, however often the view asks.
 */
export function computeIntroductions(db: KakehashiDb, yieldToPage: () => Promise<void>): Promise<void> {
  if (!running) {
    running = runOnce(db, yieldToPage).finally(() => (running = null));
    return running;
  }
  queued ??= running
    .catch(() => undefined)
    .then(() => {
      queued = null;
      return computeIntroductions(db, yieldToPage);
    });
  return queued;
}
