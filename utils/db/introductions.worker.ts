/**
 * The introductions' worker (introductions-cache.ts says why): runs the engine over the whole book
 * off the page's main thread, stores the result in the cache and answers `{ id }` with `{ id, done }`
 * or `{ id, error }`. Its own connection, without Dexie's observability broadcast (as in
 * data-tools.worker.ts): no page of ours uses `liveQuery`.
 */
import { refreshIntroductions } from './introductions';
import { openDb } from './schema';

const db = openDb();
db.unuse({ stack: 'dbcore', name: 'Observability' });

self.onmessage = async (event: MessageEvent<{ id: number; now: number }>) => {
  const { id, now } = event.data;
  try {
    await refreshIntroductions(db, now);
    self.postMessage({ id, done: true });
  } catch (error) {
    self.postMessage({ id, error: (error as { message?: string } | null)?.message ?? String(error) });
  }
};
