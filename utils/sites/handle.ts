/**
 * A contact key's handle checked by its site's own rule (`linkedin/handle.ts`, `x/handle.ts`).
 * Every layer that receives a key from outside — messages, backups — checks it here, so it accepts
 * exactly the handles URL detection can produce.
 */
import { parseContactId, type ContactId } from '../model';
import { isLinkedInHandle } from './linkedin/handle';
import { isXHandle } from './x/handle';

/** Whether `handle` is a valid key on `site`. */
export function isValidHandle(site: string, handle: string): boolean {
  if (site === 'linkedin') return isLinkedInHandle(handle);
  return site === 'x' && isXHandle(handle);
}

/** Whether `value` is a `"<site>:<handle>"` id with a valid handle for its site. */
export function isContactId(value: unknown): value is ContactId {
  if (typeof value !== 'string') return false;
  const key = parseContactId(value);
  return key !== null && isValidHandle(key.site, key.handle);
}
