/**
 * One handle rule per site, applied by every layer: a handle that URL detection gives is accepted by
 * message validation, by backups and by the Connections.csv import, and one it refuses is refused by
 * all of them. (Before, LinkedIn slugs of 101–200 characters were detected but every save failed.)
 */
import { describe, expect, it } from 'vitest';
import { makeContact, SETTINGS } from '../io/__fixtures__/records';
import { parseBackup, serializeBackup } from '../io/backup';
import { linkedInHandleFromUrl } from '../io/linkedin-connection-fields';
import { validateEnvelope } from '../messaging/validate';
import type { Site } from '../model';
import { isValidHandle } from './handle';
import { linkedinKeyFromUrl } from './linkedin/detect';
import { LINKEDIN_HANDLE_MAX } from './linkedin/handle';
import { xKeyFromUrl } from './x/detect';

const snapshot = (site: Site, handle: string) => ({ site, handle, name: null, headline: null, company: null, location: null, avatarUrl: null });

/** What each layer says about `handle`. */
function verdicts(site: Site, handle: string) {
  const contact = makeContact(handle, { site });
  const backup = serializeBackup({ contacts: [contact], notes: [], touches: [], settings: SETTINGS, suggestionLog: [] }, 0);
  const url = site === 'linkedin' ? `https://www.linkedin.com/in/${encodeURIComponent(handle)}/` : `https://x.com/${handle}`;
  const detected = (site === 'linkedin' ? linkedinKeyFromUrl : xKeyFromUrl)(new URL(url))?.handle === handle;
  return {
    detected,
    rule: isValidHandle(site, handle),
    message: validateEnvelope({ type: 'note:add', payload: { profile: snapshot(site, handle), body: 'hello' } }, Date.now()).ok,
    contactId: validateEnvelope({ type: 'contact:done', payload: { contactId: `${site}:${handle}`, kind: 'message' } }, Date.now()).ok,
    backup: parseBackup(backup, Date.now()).ok,
    ...(site === 'linkedin' ? { csv: linkedInHandleFromUrl(url) === handle } : {}),
  };
}

const all = (site: Site, value: boolean) => ({
  detected: value, rule: value, message: value, contactId: value, backup: value, ...(site === 'linkedin' ? { csv: value } : {}),
});

describe('handle rules agree across detection, messages, backups and imports', () => {
  it('LinkedIn: every slug detection accepts can be saved and restored, up to the one limit', () => {
    const accepted = [
      'a',
      'ethanohara',
      'ethan-o-hara-3b2a1c9',
      '田中-美和-12345',
      'łukasz-nowak',
      'x'.repeat(100),
      'x'.repeat(101),
      'long-generated-slug-'.repeat(9).slice(0, 150),
      '山'.repeat(150),
      'y'.repeat(LINKEDIN_HANDLE_MAX),
    ];
    for (const handle of accepted) expect(verdicts('linkedin', handle), handle).toEqual(all('linkedin', true));
    const refused = ['y'.repeat(LINKEDIN_HANDLE_MAX + 1), '山'.repeat(LINKEDIN_HANDLE_MAX + 1), 'me', 'a b', 'a\\b', 'tab\there', 'bell\u0007'];
    for (const handle of refused) expect(verdicts('linkedin', handle), handle).toEqual(all('linkedin', false));
  });

  it('LinkedIn: upper-case is never a key (detection lower-cases it)', () => {
    expect(isValidHandle('linkedin', 'EthanOHara')).toBe(false);
    expect(validateEnvelope({ type: 'note:add', payload: { profile: snapshot('linkedin', 'EthanOHara'), body: 'x' } }, Date.now()).ok).toBe(false);
  });

  it('X: 1–15 of [a-z0-9_], the same in every layer', () => {
    for (const handle of ['a', 'dr_mori3', '88_haruka', 'abcdefghij_1234']) expect(verdicts('x', handle), handle).toEqual(all('x', true));
    for (const handle of ['this_is_sixteen_', 'a'.repeat(50), 'dr-mori', '田中']) expect(verdicts('x', handle), handle).toEqual(all('x', false));
  });
});
