/**
 * THE path for the options page's data tools (DESIGN.md, "Architecture"): restore and import write
 * through this module, and only through it. Each request runs in the data-tools worker
 * (data-tools.ts), in one transaction there; when a write is done this module asks the background to
 * refresh the toolbar badge, so no caller can forget it. Settings are written by their own module
 * (settings.ts), which the background hears about through `storage`/messages as before.
 */
import { send } from '../messaging/client';
import type { DataProgress, DataRequest, DataResults } from './data-tools';

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void; onProgress?: (p: DataProgress) => void };

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function dataWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./data-tools.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; progress?: DataProgress; result?: unknown; error?: { name: string; message: string } }>) => {
    const { id, progress, result, error } = event.data;
    const call = pending.get(id);
    if (!call) return;
    if (progress) return call.onProgress?.(progress);
    pending.delete(id);
    if (error) call.reject(Object.assign(new Error(error.message), { name: error.name }));
    else call.resolve(result as never);
  };
  // The worker itself failed (did not load, ran out of memory): every open request fails; a restore
  // under way is a transaction that never committed, so the database is as it was.
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(`the data worker stopped: ${event.message || 'unknown error'}`));
  };
  return worker;
}

/** Runs one data request in the worker. */
export function runDataRequest<K extends DataRequest['kind']>(
  request: DataRequest & { kind: K },
  onProgress?: (progress: DataProgress) => void,
): Promise<DataResults[K]> {
  const id = nextId++;
  return new Promise<DataResults[K]>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: never) => void, reject, onProgress });
    dataWorker().postMessage({ id, request });
  });
}

async function refreshBadge(): Promise<void> {
  await send('badge:refresh', {}).catch((error: unknown) => console.warn('[Kakehashi] badge refresh', error));
}

/** Restores the backup the worker holds under `token`; refreshes the badge. */
export async function restoreFromPage(token: number, mode: 'merge' | 'replace', onProgress?: (p: DataProgress) => void): Promise<DataResults['restore']> {
  const report = await runDataRequest({ kind: 'restore', token, mode }, onProgress);
  await refreshBadge();
  return report;
}

/** Imports the Connections rows the worker holds under `token`; refreshes the badge. */
export async function importFromPage(token: number, remind: boolean): Promise<DataResults['import']> {
  const report = await runDataRequest({ kind: 'import', token, now: Date.now(), remind });
  await refreshBadge();
  return report;
}
