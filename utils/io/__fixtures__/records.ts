/** Invented records for the io tests. Everyone here is fictitious. */
import { DEFAULT_SETTINGS, type Contact, type ContactId, type Note, type Settings } from '../../model';

const T0 = Date.UTC(2026, 0, 15, 9, 30);

export function makeContact(handle: string, overrides: Partial<Contact> = {}): Contact {
  const site = overrides.site ?? 'linkedin';
  return {
    id: `${site}:${handle}` as ContactId,
    site,
    handle,
    url: site === 'linkedin' ? `https://www.linkedin.com/in/${encodeURIComponent(handle)}/` : `https://x.com/${handle}`,
    name: 'Ethan O\'Hara',
    headline: 'Software Engineer at Lumenfield',
    company: 'Lumenfield',
    location: 'Denver, Colorado',
    avatarUrl: null,
    industry: null,
    industrySource: null,
    tags: [],
    cadenceDays: null,
    lastContactAt: null,
    nextDueAt: null,
    snoozedUntil: null,
    personId: null,
    connectedAt: null,
    createdAt: T0,
    updatedAt: T0,
    lastVisitedAt: null,
    userEditedAt: null,
    ...overrides,
  };
}

export function makeNote(contactId: ContactId, body: string, overrides: Partial<Note> = {}): Note {
  return { contactId, body, createdAt: T0, updatedAt: T0, ...overrides };
}

export const SETTINGS: Settings = { ...DEFAULT_SETTINGS, industry: 'technology-information-media', language: 'ja', onboardedAt: T0 };

export { T0 };
