import { describe, expect, it } from 'vitest';
import { documentFrom } from '../__fixtures__/load';
import { extractLinkedInProfile } from './extract';

/**
 * LinkedIn top cards in every UI language the company-label table covers, and the structural rules
 * that make the other fields independent of UI words. Labels and UI words are written here as the
 * page shows them (test data), never imported from selectors.ts.
 */

const URL_OF = new URL('https://www.linkedin.com/in/aiko-test/');
const PHOTO = 'https://media.licdn.com/dms/image/v2/D5603AQaiko/profile-displayphoto-shrink_200_200/0/1?e=1&v=beta&t=a';
const FACE = 'https://media.licdn.com/dms/image/v2/D5603AQface/profile-displayphoto-shrink_100_100/0/1?e=1&v=beta&t=f';
const GHOST = 'https://static.licdn.com/aero-v1/sc/h/ghost-person.svg';
/** The member id both card builders name (classic: the Message link; SDUI: the Topcard key). */
const MEMBER_ID = 'ACoAAaikoTst9';

/** A 2026 hashed classic card; `items` is the right-panel list (company and/or education buttons). */
function classic(items: string, opts: { location?: string; contact?: string; message?: string } = {}): Document {
  const location = opts.location === undefined ? '<span class="Hx1">Somewhere</span>' : opts.location;
  return documentFrom(`<html><body><main><section class="artdeco-card Zq9">
    <div class="ph5"><button aria-label="?"><img alt="" src="${PHOTO}"></button>
    <a href="/in/aiko-test/overlay/about-this-profile/" aria-label="Aiko Test"><h1 class="Qx2">Aiko Test</h1></a>
    <div class="text-body-medium break-words">Headline</div>
    <ul>${items}</ul>
    <div>${location}<span><a href="/in/aiko-test/overlay/contact-info/">${opts.contact ?? 'Contact info'}</a></span></div>
    <div><a href="/in/other-person/"><img alt="" src="${FACE}"></a></div>
    <a href="/messaging/compose/?recipient=${MEMBER_ID}">${opts.message ?? 'Message'}</a>
    </div></section></main></body></html>`);
}
const item = (label: string, text: string): string =>
  `<li><button aria-label="${label}"><span><div dir="ltr">${text}</div></span></button></li>`;

/** A 2026 SDUI card; the UI words (degree, contact-info text, button) come from `ui`. */
function sdui(ui: { degree: string; contact: string; connect: string }, photo = PHOTO): Document {
  return documentFrom(`<html><body><main><div componentkey="com.linkedin.sdui.profile.card.ref${MEMBER_ID}Topcard"><section>
    <a href="https://www.linkedin.com/in/aiko-test/overlay/photo/"><img alt="" src="${photo}"></a>
    <div><a href="https://www.linkedin.com/in/aiko-test/"><h2>Aiko Test</h2></a><p>${ui.degree}</p></div>
    <p>Headline</p><p>Acme · Example University</p>
    <div><p>Somewhere</p><p aria-hidden="true">·</p><p><a href="https://www.linkedin.com/in/aiko-test/overlay/contact-info/">${ui.contact}</a></p></div>
    <div><a href="https://www.linkedin.com/search/results/people/?facetConnectionOf=x"><img alt="" src="${FACE}"><p>2</p></a></div>
    <button>${ui.connect}</button>
    </section></div></main></body></html>`);
}

/** How each UI language labels the current company, and what its top card says around it. */
const LANGUAGES = [
  { lang: 'en', label: 'Current company: Acme. Click to skip to experience card', degree: '· 2nd', contact: 'Contact info', connect: 'Connect', message: 'Message' },
  { lang: 'ja', label: '現在の会社: Acme。クリックして職歴カードに移動します', degree: '· 2次', contact: '連絡先情報', connect: 'つながりを申請', message: 'メッセージ' },
  { lang: 'de', label: 'Aktuelles Unternehmen: Acme. Klicken, um zur Karte „Berufserfahrung“ zu springen', degree: '· 2.', contact: 'Kontaktinfo', connect: 'Vernetzen', message: 'Nachricht' },
  { lang: 'fr', label: 'Entreprise actuelle : Acme. Cliquez pour passer à la carte Expérience', degree: '· 2e', contact: 'Coordonnées', connect: 'Se connecter', message: 'Message' },
  { lang: 'es', label: 'Empresa actual: Acme. Haz clic para ir a la tarjeta de experiencia', degree: '· 2º', contact: 'Información de contacto', connect: 'Conectar', message: 'Mensaje' },
  { lang: 'pt', label: 'Empresa atual: Acme. Clique para pular para o cartão de experiência', degree: '· 2º', contact: 'Informações de contato', connect: 'Conectar', message: 'Mensagem' },
  { lang: 'zh', label: '当前公司：Acme。点击跳至工作经历卡片', degree: '· 二度', contact: '联系方式', connect: '建立联系', message: '发消息' },
  { lang: 'ko', label: '현재 회사: Acme. 경력 카드로 이동하려면 클릭하세요', degree: '· 2촌', contact: '연락처', connect: '1촌 맺기', message: '메시지' },
  { lang: 'pl', label: 'Obecna firma: Acme. Kliknij, aby przejść do karty doświadczenia', degree: '· 2.', contact: 'Informacje kontaktowe', connect: 'Nawiąż kontakt', message: 'Wiadomość' },
] as const;

describe('LinkedIn top card in each UI language', () => {
  it.each(LANGUAGES)('$lang classic: the only right-panel item, labelled in $lang, is the current company', ({ label, contact }) => {
    const snapshot = extractLinkedInProfile(classic(item(label, 'Acme'), { contact }), URL_OF);
    expect(snapshot).toMatchObject({ name: 'Aiko Test', headline: 'Headline', company: 'Acme', location: 'Somewhere', avatarUrl: PHOTO });
  });

  it.each(LANGUAGES)('$lang classic: the company label alone names it when the button text is not rendered', ({ label }) => {
    const doc = classic(`<li><button aria-label="${label}"><img alt="" src="${FACE}"></button></li>`);
    expect(extractLinkedInProfile(doc, URL_OF)?.company).toBe('Acme');
  });

  it.each(LANGUAGES)('$lang SDUI: location, company and photo are read without any UI word', (ui) => {
    expect(extractLinkedInProfile(sdui(ui), URL_OF)).toEqual({
      site: 'linkedin',
      handle: 'aiko-test',
      name: 'Aiko Test',
      headline: 'Headline',
      company: 'Acme',
      location: 'Somewhere',
      avatarUrl: PHOTO,
      memberId: MEMBER_ID.toLowerCase(),
    });
  });

  it.each(LANGUAGES)('$lang classic and SDUI: at the member-id URL, the card names that id and is keyed by its slug', (ui) => {
    const memberUrl = new URL(`https://www.linkedin.com/in/${MEMBER_ID}/`);
    const read = { handle: 'aiko-test', memberId: MEMBER_ID.toLowerCase(), name: 'Aiko Test', company: 'Acme', location: 'Somewhere', avatarUrl: PHOTO };
    expect(extractLinkedInProfile(classic(item(ui.label, 'Acme'), { contact: ui.contact, message: ui.message }), memberUrl)).toMatchObject(read);
    expect(extractLinkedInProfile(sdui(ui), memberUrl)).toMatchObject(read);
    // Another member's id in the URL: not this card.
    expect(extractLinkedInProfile(sdui(ui), new URL('https://www.linkedin.com/in/ACoAAsomeone2/'))).toBeNull();
  });
});

describe('LinkedIn classic company when the label wording is unknown', () => {
  const it_ = { company: 'Azienda attuale: Acme. Fai clic per passare alla scheda Esperienza', school: 'Formazione: Ateneo. Fai clic' };

  it('company and education both shown: the first item is the company', () => {
    expect(extractLinkedInProfile(classic(item(it_.company, 'Acme') + item(it_.school, 'Ateneo')), URL_OF)?.company).toBe('Acme');
  });

  it('a lone item in an unknown language could be a school: null, not a guess', () => {
    expect(extractLinkedInProfile(classic(item(it_.school, 'Ateneo')), URL_OF)?.company).toBeNull();
  });

  it('a lone English education item is not the company', () => {
    expect(extractLinkedInProfile(classic(item('Education: Ateneo. Click to skip to education card', 'Ateneo')), URL_OF)?.company).toBeNull();
  });

  it('labels without the "<label>: <text>" shape (action buttons) never count as items', () => {
    const doc = classic(
      '<li><button aria-label="Aiko Testさんにつながりを申請">つながりを申請</button></li><li><button aria-label="Follow Aiko">Follow</button></li>',
    );
    expect(extractLinkedInProfile(doc, URL_OF)?.company).toBeNull();
  });
});

describe('LinkedIn structural reading', () => {
  it('classic: no location gives null, not the company list before the contact link', () => {
    const doc = classic(item('Current company: Acme. Click', 'Acme'), { location: '' });
    expect(extractLinkedInProfile(doc, URL_OF)).toMatchObject({ company: 'Acme', location: null });
  });

  it('no profile photo (ghost image): the mutual connection face after the name is not taken', () => {
    expect(extractLinkedInProfile(sdui(LANGUAGES[0], GHOST), URL_OF)?.avatarUrl).toBeNull();
    const doc = classic(item('Current company: Acme. Click', 'Acme'));
    doc.querySelector('button img')?.setAttribute('src', GHOST);
    expect(extractLinkedInProfile(doc, URL_OF)?.avatarUrl).toBeNull();
  });

  it('SDUI: a pronoun row of its own under the name is not the headline', () => {
    const doc = sdui(LANGUAGES[0]);
    const row = doc.createElement('div');
    row.append(Object.assign(doc.createElement('p'), { textContent: '(she/her)' }));
    doc.querySelector('h2')?.closest('div')?.after(row);
    expect(extractLinkedInProfile(doc, URL_OF)).toMatchObject({ headline: 'Headline', company: 'Acme' });
  });

  it('SDUI: a headline that starts with a bullet is still the headline', () => {
    const doc = sdui(LANGUAGES[0]);
    const headline = doc.querySelector('div + p');
    if (!headline) throw new Error('fixture');
    headline.textContent = '• Designer • Speaker';
    expect(extractLinkedInProfile(doc, URL_OF)).toMatchObject({ headline: '• Designer • Speaker', company: 'Acme' });
  });

  it('classic: a separator before the contact link (no location) gives null', () => {
    const doc = classic(item('Current company: Acme. Click', 'Acme'), { location: '<span class="Sp3">·</span>' });
    expect(extractLinkedInProfile(doc, URL_OF)?.location).toBeNull();
  });

  it('SDUI: a verification ref naming the URL slug proves nothing when the card links to someone else', () => {
    const doc = documentFrom(`<html><body><main><div componentkey="com.linkedin.sdui.profile.card.refXTopcard"><section>
      <div componentkey="ProfileVerificationTriggerRef-aiko-test"><h2>Previous Person</h2></div><p>Headline</p>
      <p><a href="/in/previous-person/overlay/contact-info/">Contact info</a></p></section></div></main></body></html>`);
    expect(extractLinkedInProfile(doc, URL_OF)).toBeNull();
    // The same card with its own contact link is read, name from the verification ref.
    doc.querySelector('a')?.setAttribute('href', '/in/aiko-test/overlay/contact-info/');
    expect(extractLinkedInProfile(doc, URL_OF)?.name).toBe('Previous Person');
  });

  it('SDUI: a verification ref with no link of the card proving whose it is gives null', () => {
    const doc = documentFrom(`<html><body><main><div componentkey="com.linkedin.sdui.profile.card.refXTopcard"><section>
      <div componentkey="ProfileVerificationTriggerRef-aiko-test"><h2>Aiko Test</h2></div><p>Headline</p></section></div></main></body></html>`);
    expect(extractLinkedInProfile(doc, URL_OF)).toBeNull();
  });

  it('SDUI: the Topcard key carried as the id instead of a componentkey is the top card', () => {
    const doc = sdui(LANGUAGES[0]);
    const card = doc.querySelector('[componentkey]');
    card?.setAttribute('id', card.getAttribute('componentkey') ?? '');
    card?.removeAttribute('componentkey');
    expect(extractLinkedInProfile(doc, URL_OF)).toMatchObject({ name: 'Aiko Test', company: 'Acme', location: 'Somewhere', avatarUrl: PHOTO });
  });

  it('SDUI: a name with no link or marker around it is the card’s only heading; two headings give null', () => {
    const doc = sdui(LANGUAGES[0]);
    const nameLink = doc.querySelector('a[href="https://www.linkedin.com/in/aiko-test/"]');
    const heading = nameLink?.querySelector('h2');
    if (!nameLink || !heading) throw new Error('fixture');
    nameLink.replaceWith(heading);
    expect(extractLinkedInProfile(doc, URL_OF)).toMatchObject({ name: 'Aiko Test', headline: 'Headline', company: 'Acme', location: 'Somewhere' });
    heading.after(Object.assign(doc.createElement('h2'), { textContent: 'Someone Else' }));
    expect(extractLinkedInProfile(doc, URL_OF)).toBeNull();
  });

  it('SDUI: an h1 in the name link reads like an h2', () => {
    const doc = sdui(LANGUAGES[0]);
    doc.querySelector('h2')?.replaceWith(Object.assign(doc.createElement('h1'), { textContent: 'Aiko Test' }));
    expect(extractLinkedInProfile(doc, URL_OF)).toMatchObject({ name: 'Aiko Test', headline: 'Headline', company: 'Acme', location: 'Somewhere', avatarUrl: PHOTO });
  });

  it('a componentkey ending in Topcard outside the profile-card family is not a top card', () => {
    const doc = sdui(LANGUAGES[0]);
    doc.querySelector('[componentkey]')?.setAttribute('componentkey', 'com.linkedin.sdui.mynetwork.pymk.cohortTopcard');
    expect(extractLinkedInProfile(doc, URL_OF)).toBeNull();
  });
});
