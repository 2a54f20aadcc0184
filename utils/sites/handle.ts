/**
 * A contact key's handle checked by its site's own rule (`linkedin/handle.ts`, `x/handle.ts`).
 * Every layer that receives a key from outside — messages, backups — checks it here, so it accepts
 * exactly the handles URL detection can produce.
 */
import { parseContactId, type ContactId, type ProfileKey } from '../model';
import { isLinkedInHandle } from './linkedin/handle';
import { isXHandle } from './x/handle';

/** Whether `handle` is a valid key on `site`. */
export function isValidHandle(site: string, handle: string): boolean {
  if (site === 'linkedin') return isLinkedInHandle(handle);
  return site === 'x' && isXHandle(handle);
}

/** The key of a `"<site>:<handle>"` id whose handle is valid for its site, or null. */
export function validKeyOfContactId(id: unknown): ProfileKey | null {
  if (typeof id !== 'string') return null;
  const key = parseContactId(id);
  return key && isValidHandle(key.site, key.handle) ? key : null;
}

/** Whether `value` is a `"<site>:<handle>"` id with a valid handle for its site. */
export function isContactId(value: unknown): value is ContactId {
  return validKeyOfContactId(value) !== null;
}
