/**
 * Site adapters: the only code that knows LinkedIn's and X's URLs and markup (DESIGN.md).
 *
 * Everything here is a pure function of a `URL` and a `Document` passed in by the caller, so it runs
 * the same in a content script, a test (linkedom) or a popup. Nothing throws into the page.
 * These functions cover both sites; each content script uses its own site's only
 * (`siteFunctions([LINKEDIN_ADAPTER])`, see adapter.ts), so it does not ship the other's code.
 */
import { siteFunctions } from './adapter';
import { LINKEDIN_ADAPTER } from './linkedin/adapter';
import { X_ADAPTER } from './x/adapter';

export type { WaitOptions } from './wait';
export type { SiteFunctions } from './adapter';

/** See `SiteFunctions` (adapter.ts) for each function. */
export const { profileKeyFromUrl, profileShowsHeader, isProfileUrl, extractProfile, waitForProfile } = siteFunctions([LINKEDIN_ADAPTER, X_ADAPTER]);
