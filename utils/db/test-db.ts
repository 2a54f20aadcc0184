import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb, type KakehashiDb } from './schema';

/** A database on a fresh fake-indexeddb factory: no state leaks between tests. */
export function freshDb(name = 'kakehashi-test'): KakehashiDb {
  return openDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}
