/** Error codes that travel back to the UI, which turns them into sentences in the user's language. */
export type StoreErrorCode = 'quota' | 'not-found' | 'invalid' | 'forbidden' | 'internal';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Maps a Dexie/IndexedDB failure onto a code the user can act on (a full disk above all). */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError' || /quota/i.test(message)) {
    return new StoreError('quota', message);
  }
  return new StoreError('internal', message);
}
