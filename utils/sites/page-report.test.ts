import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFrom, fixtureFiles, loadDocument } from './__fixtures__/load';
import { buildPageReport } from './page-report';
import { shapeOf, shapeOfKey, shapeOfUrl } from './shape';
import type { Site } from '../model';
import { linkedinReportRoot } from './linkedin/report-root';
import { xReportRoot } from './x/report-root';

const NOW = new Date(Date.UTC(2026, 11, 2));

/** Everything personal a page holds: its texts and every attribute value but class names and ARIA/direction words. */
function personalValues(doc: Document): string[] {
  const values = new Set<string>();
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* text */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= 2) values.add(text);
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const { name, value } of el.attributes) {
      if (['class', 'role', 'dir', 'lang', 'type', 'rel', 'style', 'tabindex', 'aria-hidden', 'aria-level', 'charset', 'draggable', 'viewBox', 'd'].includes(name)) continue;
      // Plain words in keys are the markup's own vocabulary (`UserName`, `main`), kept on purpose.
      if (['data-testid', 'id', 'componentkey'].includes(name) && /^[A-Za-z_]{1,40}$/.test(value)) continue;
      if (value.length >= 3) values.add(value);
    }
  }
  return [...values];
}

const rootOf = (site: Site) => (site === 'linkedin' ? linkedinReportRoot : xReportRoot);

describe('Copy a report', () => {
  const cases = [
    ['x', 'x/__fixtures__/profile-renamed-handle.2026-11', 'https://x.com/Mika_Tsukuru'],
    ['linkedin', 'linkedin/__fixtures__/profile-sdui-ja.2026-11', 'https://www.linkedin.com/in/ACoAAC8k2QwBz7/'],
    ['linkedin', 'linkedin/__fixtures__/profile-classic-de.2026-11', 'https://www.linkedin.com/in/lena-hoffmann-energie/'],
    ['linkedin', 'linkedin/__fixtures__/negative-shell.2026-05', 'https://www.linkedin.com/in/kenji-watanabe-jp/'],
  ] as const;

  it.each(cases)('%s %s: no text, name, handle, id or URL of the page is in the report', (site, fixture, url) => {
    const file = path.join(__dirname, `${fixture}.html`);
    const doc = loadDocument(file);
    const report = buildPageReport(doc, new URL(url), site, NOW, rootOf(site));
    const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as Record<string, unknown>;
    const known = ['name', 'headline', 'location', 'company', 'handle', 'avatarUrl', 'xUserId', 'memberId'].map((k) => expected[k]).filter((v): v is string => typeof v === 'string');
    const slug = new URL(url).pathname.split('/').filter(Boolean).at(-1)!;
    const leaks = [...personalValues(doc), ...known, url, slug]
      .filter((value) => report.toLowerCase().includes(value.toLowerCase()));
    expect(leaks).toEqual([]);
    expect(report.length).toBeGreaterThan(200);
  });

  it('keeps the structure: tags, class names, attribute names, route words and value shapes', () => {
    const doc = loadDocument(path.join(__dirname, 'x/__fixtures__/profile-renamed-handle.2026-11.html'));
    const report = buildPageReport(doc, new URL('https://x.com/Mika_Tsukuru'), 'x', NOW, rootOf('x'));
    expect(report).toContain('site: x');
    expect(report).toContain('start: primary column with UserName');
    expect(report).toContain('<div class="css-175oi2r r-3pj75a r-ttdzmv r-1ifxtd0" data-testid="UserName">');
    expect(report).toContain('data-testid="UserAvatar-Container-{Aa- x12}"');
    expect(report).toContain('data-testid="{9 x19}-unfollow"');
    expect(report).toContain('aria-label="{Aa- x21}"');
    expect(report).toMatch(/"a x5"/); // 高橋 美香 → letters and a space
    expect(report).toContain('href="https://x.com/{Aa- x12}/photo"');

    const sdui = buildPageReport(loadDocument(path.join(__dirname, 'linkedin/__fixtures__/profile-sdui-ja.2026-11.html')), new URL('https://www.linkedin.com/in/kenta-yamada-7f3e21/'), 'linkedin', NOW, rootOf('linkedin'));
    expect(sdui).toContain('start: top card (sdui)');
    expect(sdui).toContain('componentkey="com.linkedin.sdui.profile.card.ref{Aa9 x14}Topcard"');
    expect(sdui).toMatch(/href="https:\/\/www\.linkedin\.com\/in\/\{a9- x19\}\/overlay\/contact-info\/"/);
    expect(sdui).toMatch(/src="https:\/\/media\.licdn\.com\/dms\/image\/v2\/\{Aa9 x\d+\}\/profile-displayphoto-shrink_\d+_\d+\//);
  });

  it('never reads script contents (JSON-LD holds the whole profile) and stops on a huge page', () => {
    const doc = documentFrom(`<html><body><main><script type="application/ld+json">{"name":"Secret Person"}</script>${'<div><span>Private text</span></div>'.repeat(3000)}</main></body></html>`);
    const report = buildPageReport(doc, new URL('https://www.linkedin.com/in/secret-person/'), 'linkedin', NOW, rootOf('linkedin'));
    expect(report).not.toMatch(/Secret|Private|secret-person/);
    expect(report).toContain('(cut short)');
    expect(report.split('\n').length).toBeLessThan(3100);
  });

  it('shapes values', () => {
    expect(shapeOf('Mika Tsukuru')).toBe('Aa x12');
    expect(shapeOf('@mika_builds2')).toBe('a9- x13');
    expect(shapeOf('')).toBe('x0');
    expect(shapeOfKey('1500000000000000077-follow')).toBe('{9 x19}-follow');
    expect(shapeOfKey('primaryColumn')).toBe('primaryColumn');
    expect(shapeOfKey('ProfileVerificationTriggerRef-kenta-yamada-7f3e21')).toBe('ProfileVerificationTriggerRef-{a9- x19}');
    expect(shapeOfUrl('/in/kenta/overlay/contact-info/?lipi=abc#experience', 'https://www.linkedin.com/')).toBe('https://www.linkedin.com/in/{a x5}/overlay/contact-info/?lipi={…}#experience');
    expect(shapeOfUrl('https://evil.example/a', 'https://x.com/')).toBe('https://{a- x12}/{a x1}');
  });

  it('has fixtures to check', () => {
    expect(fixtureFiles(path.join(__dirname, 'x/__fixtures__'), '.html').length).toBeGreaterThan(0);
  });
});
