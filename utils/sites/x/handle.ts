/**
 * The one rule for what an X handle (a contact key) looks like, used by URL detection, message
 * validation, backups and imports alike. X handles are 1–15 of `[A-Za-z0-9_]`; X has never allowed
 * longer ones (older accounts can be shorter). Contacts are keyed by the lower-cased handle.
 */

/** Longest X handle. */
export const X_HANDLE_MAX = 15;

const HANDLE = new RegExp(`^[a-z0-9_]{1,${X_HANDLE_MAX}}$`);

/** X's numeric account id, as JSON-LD `identifier` and the follow button's testid give it. */
const USER_ID = /^\d{1,20}$/;

/** Whether `id` looks like X's numeric account id (`xUserId`). */
export function isXUserId(id: string): boolean {
  return USER_ID.test(id);
}

/** Whether `handle` is a valid key for an X contact (already lower-cased). */
export function isXHandle(handle: string): boolean {
  return HANDLE.test(handle);
}
