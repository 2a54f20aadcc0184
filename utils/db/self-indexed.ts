/**
 * Transactions that keep the search index and Insights' counters current themselves, so the two
 * mirroring middlewares (search-index.ts, insight-counts.ts) stand aside for them.
 *
 * Why: a restore that replaces everything writes 100,000 contacts and several hundred thousand
 * notes and touches into emptied tables. Mirrored row by row, each touch chunk first reads the
 * touches it overwrites and then the counters it changes; built in bulk from the records alone
 * (`searchRowOf`, `countRowsOf`) the same rows cost one write each. Only a writer that clears
 * every table it writes (so nothing old needs reading) may mark its transaction.
 */
import Dexie from 'dexie';
import type { DBCoreTransaction } from 'dexie';

const marked = new WeakSet<object>();

/** Marks the current Dexie transaction (call inside `db.transaction`) as indexing itself. */
export function markSelfIndexed(): void {
  const trans = Dexie.currentTransaction?.idbtrans;
  if (!trans) throw new Error('markSelfIndexed outside a transaction');
  marked.add(trans);
}

/** Whether the middlewares must leave this transaction's writes alone. */
export function isSelfIndexed(trans: DBCoreTransaction): boolean {
  return marked.has(trans);
}
