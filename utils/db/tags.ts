import type { KakehashiDb } from './schema';

/**
 * Every tag in use, in index order, for autocomplete: the unique keys of the multi-entry `tags`
 * index, so no contact record is read. `limit` bounds a book with very many distinct tags.
 */
export async function listTags(db: KakehashiDb, limit = 5_000): Promise<string[]> {
  const keys = await db.contacts.orderBy('tags').uniqueKeys();
  return (keys as string[]).slice(0, limit);
}
