import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../messaging/handlers';
import { createRouter } from '../messaging/router';
import type { SenderInfo } from '../messaging/sender';
import { getContactView } from './contacts';
import { listContactsOnPage } from './on-page';
import type { KakehashiDb } from './schema';
import { freshDb } from './test-db';

/**
 * One record per person (identity.ts), through the router as the panel reaches it: a renamed X
 * handle and a LinkedIn member-id URL, and the senders that may not cause a re-key.
 */
const RUNTIME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME_ID}`;
const NOW = Date.UTC(2026, 11, 1, 9);
const X_TAB = { id: RUNTIME_ID, url: 'https://x.com/mika_tsukuru', tab: { id: 4, url: 'https://x.com/mika_tsukuru' } } satisfies SenderInfo;
const LINKEDIN_TAB = { id: RUNTIME_ID, url: 'https://www.linkedin.com/in/kenta/', tab: { id: 3, url: 'https://www.linkedin.com/in/kenta/' } } satisfies SenderInfo;
const POPUP = { id: RUNTIME_ID, url: `${ORIGIN}/popup.html` } satisfies SenderInfo;

const blank = { name: null, headline: null, company: null, location: null, avatarUrl: null };
const OLD_X = { site: 'x', handle: 'mika_builds', ...blank, name: '高橋 美香', xUserId: '1500000000000000077' } as const;
const NEW_X = { ...OLD_X, handle: 'mika_tsukuru', headline: '木工と3Dプリント' } as const;

let db: KakehashiDb;
let route: ReturnType<typeof createRouter>;
const send = async (type: string, payload: unknown, sender: SenderInfo) => {
  const reply = await route({ type, payload }, sender);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.data as never;
};

beforeEach(() => {
  db = freshDb();
  route = createRouter(createHandlers(db, () => NOW), { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN, now: () => NOW });
});
afterEach(() => db.close());

/** A tracked person at the old handle: a note, a touch with a note, a suggestion shown, the X id stored. */
async function seedOldHandle() {
  await send('note:add', { profile: OLD_X, body: '盛岡出身、木工の話' }, X_TAB);
  await send('touch:log', { profile: OLD_X, kind: 'thanks', at: NOW - 1000, note: '棚のお礼' }, X_TAB);
  await db.suggestionLog.add({ contactId: 'x:mika_builds', at: NOW - 500, outcome: 'shown' });
}

describe('a renamed X handle', () => {
  it('is re-keyed on the first visit under the new handle: one record, every note, touch, log row and index row moved', async () => {
    await seedOldHandle();
    expect((await db.contacts.get('x:mika_builds'))?.xUserId).toBe('1500000000000000077');

    const visit = (await send('contact:visit', { profile: NEW_X }, X_TAB)) as { contact: { id: string; aliases: string[]; headline: string }; renamedFrom: string };
    expect(visit.renamedFrom).toBe('x:mika_builds');
    expect(visit.contact).toMatchObject({ id: 'x:mika_tsukuru', handle: 'mika_tsukuru', url: 'https://x.com/mika_tsukuru', aliases: ['x:mika_builds'], headline: '木工と3Dプリント' });
    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['x:mika_tsukuru']);
    expect((await db.notes.toArray()).map((n) => [n.contactId, n.body])).toEqual([['x:mika_tsukuru', '盛岡出身、木工の話']]);
    expect((await db.touches.toArray()).map((t) => [t.contactId, t.note])).toEqual([['x:mika_tsukuru', '棚のお礼']]);
    expect((await db.suggestionLog.toArray()).map((l) => l.contactId)).toEqual(['x:mika_tsukuru']);
    const indexed = await db.searchByContact.toArray();
    expect(indexed.map((row) => row.contactId)).toEqual(['x:mika_tsukuru']);
    expect(Object.keys(indexed[0]!.parts).map((part) => part[0]).sort()).toEqual(['c', 'n', 't']);
    expect((await db.contacts.get('x:mika_tsukuru'))?.lastContactAt).toBe(NOW - 1000);
  });

  it('the old URL still finds the person, and a note written there lands on the same record', async () => {
    await seedOldHandle();
    await send('contact:visit', { profile: NEW_X }, X_TAB);
    const view = await getContactView(db, { site: 'x', handle: 'mika_builds' });
    expect(view.contact?.id).toBe('x:mika_tsukuru');
    expect(view.notes.map((n) => n.body)).toEqual(['盛岡出身、木工の話']);
    // The old handle's page no longer shows the person: a blank snapshot, no X id.
    await send('note:add', { profile: { site: 'x', handle: 'mika_builds', ...blank }, body: 'まだ旧URLから' }, X_TAB);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.notes.where('contactId').equals('x:mika_tsukuru').count()).toBe(2);
    // "On this page" finds the person by the old handle a post still links to, once.
    const onPage = await listContactsOnPage(db, 'x', ['mika_builds', 'mika_tsukuru'], NOW);
    expect(onPage.map((row) => row.contact.id)).toEqual(['x:mika_tsukuru']);
  });

  it('is left alone when the sender may not vouch for the id: the popup, or a LinkedIn tab', async () => {
    await seedOldHandle();
    for (const sender of [POPUP, LINKEDIN_TAB]) {
      const visit = (await send('contact:visit', { profile: NEW_X }, sender)) as { renamedFrom: string | null };
      expect(visit.renamedFrom).toBeNull();
      // A write from there creates the new handle's record without the id: nothing to re-key by.
      await send('contact:track', { profile: NEW_X }, sender);
      expect((await db.contacts.get('x:mika_tsukuru'))?.xUserId).toBeUndefined();
      expect((await db.contacts.get('x:mika_builds'))?.aliases).toBeUndefined();
      await db.contacts.delete('x:mika_tsukuru');
    }
    expect(await db.notes.where('contactId').equals('x:mika_builds').count()).toBe(1);
  });

  it('is never re-keyed by an id the stored record does not carry (a record saved before the id was known)', async () => {
    await send('note:add', { profile: { ...OLD_X, xUserId: undefined }, body: 'no id yet' }, POPUP);
    const visit = (await send('contact:visit', { profile: NEW_X }, X_TAB)) as { contact: unknown; renamedFrom: string | null };
    expect(visit).toEqual({ contact: null, renamedFrom: null });
    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['x:mika_builds']);
  });

  it('merges into a record the new handle already has: user fields from the later edit, tags and notes combined', async () => {
    await seedOldHandle();
    await send('contact:update', { profile: OLD_X, patch: { tags: ['盛岡'] } }, X_TAB);
    await send('note:add', { profile: { ...NEW_X, xUserId: undefined }, body: 'tracked again under the new name' }, POPUP);
    await send('contact:visit', { profile: NEW_X }, X_TAB);
    const [only] = await db.contacts.toArray();
    expect(only).toMatchObject({ id: 'x:mika_tsukuru', tags: ['盛岡'], aliases: ['x:mika_builds'], xUserId: '1500000000000000077' });
    expect((await db.notes.toArray()).map((n) => n.contactId)).toEqual(['x:mika_tsukuru', 'x:mika_tsukuru']);
  });

  it('does not take details from another account that now holds a stored handle', async () => {
    await seedOldHandle();
    await send('contact:visit', { profile: { ...OLD_X, name: 'Someone Else', xUserId: '42' } }, X_TAB);
    expect((await db.contacts.get('x:mika_builds'))).toMatchObject({ name: '高橋 美香', xUserId: '1500000000000000077' });
  });
});

describe('a LinkedIn member-id URL', () => {
  const SLUG = { site: 'linkedin', handle: 'kenta-yamada-7f3e21', ...blank, name: '山田 健太', memberId: 'acoaac8k2qwbz7' } as const;
  const MEMBER_URL_BLANK = { site: 'linkedin', handle: 'acoaac8k2qwbz7', ...blank } as const;

  it('a record saved at the member-id URL (page unreadable) is folded into the slug once a page shows both', async () => {
    await send('note:add', { profile: MEMBER_URL_BLANK, body: 'met at the Sendai meetup' }, LINKEDIN_TAB);
    expect(((await send('contact:visit', { profile: SLUG }, LINKEDIN_TAB)) as { renamedFrom: string }).renamedFrom).toBe('linkedin:acoaac8k2qwbz7');
    const [only] = await db.contacts.toArray();
    expect(only).toMatchObject({ id: 'linkedin:kenta-yamada-7f3e21', url: 'https://www.linkedin.com/in/kenta-yamada-7f3e21/', aliases: ['linkedin:acoaac8k2qwbz7'], name: '山田 健太' });
    expect((await db.notes.toArray()).map((n) => n.contactId)).toEqual(['linkedin:kenta-yamada-7f3e21']);
    expect((await getContactView(db, { site: 'linkedin', handle: 'acoaac8k2qwbz7' })).contact?.id).toBe('linkedin:kenta-yamada-7f3e21');
  });

  it('a note saved on the resolved page keeps the member id as an alias, so the member-id link finds the person', async () => {
    await send('note:add', { profile: SLUG, body: 'x' }, LINKEDIN_TAB);
    expect((await db.contacts.get('linkedin:kenta-yamada-7f3e21'))?.aliases).toEqual(['linkedin:acoaac8k2qwbz7']);
    expect((await getContactView(db, { site: 'linkedin', handle: 'acoaac8k2qwbz7' })).notes.map((n) => n.body)).toEqual(['x']);
  });

  it('refuses a member id that is not one, and ignores it from the popup', async () => {
    expect(await route({ type: 'contact:visit', payload: { profile: { ...SLUG, memberId: 'jane-doe' } } }, LINKEDIN_TAB)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await route({ type: 'contact:visit', payload: { profile: { ...NEW_X, xUserId: '12a' } } }, X_TAB)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    await send('note:add', { profile: MEMBER_URL_BLANK, body: 'met' }, LINKEDIN_TAB);
    await send('contact:visit', { profile: SLUG }, POPUP);
    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['linkedin:acoaac8k2qwbz7']);
  });
});
