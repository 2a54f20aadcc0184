import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The policy's paragraphs as plain text, from the Markdown or from the shipped page. */
const fromMarkdown = (md: string) =>
  md
    .split(/\n## /)
    .slice(1)
    .flatMap((section) => section.split(/\n\n/).slice(1))
    .map((p) => p.replace(/\s*\n\s*/g, ' ').replace(/\*\*|`/g, '').trim())
    .filter(Boolean);
const fromHtml = (html: string) =>
  [...html.matchAll(/<section[^>]*>[\s\S]*?<\/section>/g)]
    .flatMap(([section]) => [...section.matchAll(/<p>([\s\S]*?)<\/p>/g)].map(([, p]) => p!))
    .map((p) => p.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim());

describe('privacy policy', () => {
  it('ships as public/privacy.html saying exactly what docs/privacy.md says, in English and Japanese', () => {
    const html = read('public/privacy.html');
    expect(fromHtml(html)).toEqual(fromMarkdown(read('docs/privacy.md')));
    expect(html).toMatch(/<section lang="en"/);
    expect(html).toMatch(/<section lang="ja"/);
  });

  it('says that nothing is sent and there are no analytics, in both languages', () => {
    const md = read('docs/privacy.md');
    expect(md).toMatch(/no analytics/);
    expect(md).toMatch(/アクセス解析.*はありません/);
    expect(md).toMatch(/IndexedDB/);
  });
});
