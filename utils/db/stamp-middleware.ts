/**
 * A DBCore middleware that writes a fresh random stamp (`{ key: 'stamp', stamp }`) into a cache
 * table in the same transaction as the first write to any store the cache is derived from. The
 * popup's home (popup-home.ts) and the introductions' cache (introductions-cache.ts) each use one:
 * no write path can forget to invalidate them, and a write that aborts takes its stamp with it.
 * (Dexie DBCore: https://dexie.org/docs/DBCore/DBCore)
 */
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

const isVersionChange = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'versionchange';

/**
 * `name`: the middleware's name; `table`: the cache table holding the stamp row; `stamps(store)`:
 * whether a write to that store makes the cache stale. Read-write transactions over such a store
 * are widened to include the cache table.
 */
export function stampMiddleware(name: string, table: string, stamps: (store: string) => boolean): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create(down) {
      if (!down.schema.tables.some((t) => t.name === table)) return down;
      const stamped = new WeakSet<DBCoreTransaction>();
      const cache = down.table(table);
      return {
        ...down,
        transaction(stores, mode, options) {
          const widen = mode === 'readwrite' && stores.some(stamps) && !stores.includes(table);
          return down.transaction(widen ? [...stores, table] : stores, mode, options);
        },
        table(store) {
          const source = down.table(store);
          if (!stamps(store)) return source;
          return {
            ...source,
            mutate(req) {
              const { trans } = req;
              if (isVersionChange(trans) || stamped.has(trans)) return source.mutate(req);
              stamped.add(trans);
              // Issued before the caller's request, so it is in the transaction before Dexie can
              // commit a lone write; the caller's promise waits for both. A stamp nobody else has:
              // a write of another tab or page can never reuse it.
              const stamp = cache.mutate({ trans, type: 'put', values: [{ key: 'stamp', stamp: crypto.randomUUID() }] });
              const response = source.mutate(req);
              return stamp.then(() => response);
            },
          };
        },
      };
    },
  };
}
