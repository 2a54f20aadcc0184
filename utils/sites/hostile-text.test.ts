import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { extractProfile } from './index';
import { documentFrom } from './__fixtures__/load';

/** A page can put anything in a profile field: it must come out as bounded, clean plain text. */
const HUGE = 'A'.repeat(1_000_000);
const HOSTILE = `&lt;script&gt;alert(1)&lt;/script&gt; <script>window.pwned = 1</script><b>Bold</b> \u202Egnp.exe\u202C ${HUGE}`;

function linkedinPage(headline: string, name = 'Mallory Example'): Document {
  return documentFrom(`<html><body><main><section class="artdeco-card pv-top-card"><div class="ph5">
    <a href="/in/mallory/overlay/about-this-profile/"><h1>${name}</h1></a>
    <div class="text-body-medium break-words">${headline}</div>
    <button aria-label="Current company: ${'C'.repeat(5000)}. Click to skip"><span>${'C'.repeat(5000)}</span></button>
    <span class="text-body-small inline t-black--light break-words">${'L\u0000'.repeat(3000)}</span>
    <a href="/in/mallory/overlay/contact-info/">Contact info</a>
  </div></section></main></body></html>`);
}

describe('hostile page text', () => {
  it('LinkedIn: script, bidi override and 1 MB of headline come out clamped, cleaned, as plain text', () => {
    const started = performance.now();
    const snapshot = extractProfile(linkedinPage(HOSTILE), new URL('https://www.linkedin.com/in/mallory/'));
    const elapsed = performance.now() - started;
    expect(snapshot).not.toBeNull();
    const headline = snapshot?.headline ?? '';
    expect(headline.startsWith('<script>alert(1)</script> Bold gnp.exe AAAA')).toBe(true); // literal text, not markup
    expect(headline).not.toContain('pwned'); // a real <script> element is not text
    // eslint-disable-next-line no-control-regex -- asserting control characters are gone
    expect(headline).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0000-\u0009\u000B-\u001F\u200B]/);
    expect(headline.length).toBeLessThanOrEqual(LIMITS.headline);
    expect(headline.endsWith('…')).toBe(true);
    expect(snapshot?.company?.length).toBeLessThanOrEqual(LIMITS.company);
    expect(snapshot?.location?.length).toBeLessThanOrEqual(LIMITS.location);
    expect(snapshot?.location).not.toContain('\u0000');
    expect(elapsed).toBeLessThan(1000);
  });

  it('LinkedIn: a name made only of invisible characters counts as no profile', () => {
    const doc = linkedinPage('Headline', '\u200B\u202E \u2066');
    expect(extractProfile(doc, new URL('https://www.linkedin.com/in/mallory/'))).toBeNull();
  });

  it('X: a hostile bio and name are clamped and cleaned, emoji kept', () => {
    const doc = documentFrom(`<html><body><div data-testid="primaryColumn">
      <div data-testid="UserAvatar-Container-mallory"><img src="javascript:alert(1)"></div>
      <div data-testid="UserName"><div dir="ltr"><span>\u202EMal${'l'.repeat(400)}ory</span><img alt="😈" src="https://abs-0.twimg.com/emoji/v2/svg/1f608.svg"></div><div dir="ltr"><span>@Mallory</span></div></div>
      <div data-testid="UserDescription">${HOSTILE}</div>
    </div></body></html>`);
    const snapshot = extractProfile(doc, new URL('https://x.com/mallory'));
    expect(snapshot?.handle).toBe('mallory');
    expect(snapshot?.name?.length).toBe(LIMITS.name);
    expect(snapshot?.name?.startsWith('Mall')).toBe(true);
    expect(snapshot?.headline?.length).toBeLessThanOrEqual(LIMITS.headline);
    expect(snapshot?.headline).not.toContain('\u202E');
    expect(snapshot?.headline).not.toContain('pwned');
    expect(snapshot?.avatarUrl).toBeNull();
  });
});
