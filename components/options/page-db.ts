import { openDb, type KakehashiDb } from '@/utils/db/schema';

let db: KakehashiDb | undefined;

/**
 * The options page's own connection to the extension's database. Extension pages may use the database
 * directly (DESIGN.md, "Architecture"); after a write they ask the background to refresh the badge.
 */
export function pageDb(): KakehashiDb {
  db ??= openDb();
  return db;
}
