/**
 * The data tools' worker (data-tools.ts says why): wiring only. It opens its own connection to the
 * extension's database (a worker started by an extension page has the extension's origin) and
 * answers each `{ id, request }` with `{ id, progress }` messages, then `{ id, result }` or
 * `{ id, error: { name, message } }` (the name keeps a full disk recognisable to the page).
 */
import { emptyHeldFiles, handleDataRequest, type DataRequest } from './data-tools';
import { openDb } from './schema';

const db = openDb();
// Dexie's observability middleware records every key a transaction writes and broadcasts the set to
// every context of the extension (BroadcastChannel), for `liveQuery`. For a restore of 100,000
// contacts that set is hundreds of thousands of ranges: building it slows the write, and each page
// that receives it spends seconds decoding it on its main thread. No page of ours uses `liveQuery`
// (pages reload what they show after a data tool reports done), so this connection leaves it out.
db.unuse({ stack: 'dbcore', name: 'Observability' });
const files = emptyHeldFiles();

self.onmessage = async (event: MessageEvent<{ id: number; request: DataRequest }>) => {
  const { id, request } = event.data;
  try {
    const result = await handleDataRequest(db, files, request, (progress) => self.postMessage({ id, progress }));
    self.postMessage({ id, result });
  } catch (error) {
    const e = error as { name?: string; message?: string; inner?: { name?: string } } | null;
    self.postMessage({ id, error: { name: e?.inner?.name ?? e?.name ?? 'Error', message: e?.message ?? String(error) } });
  }
};
