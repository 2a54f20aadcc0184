import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_DIR, FIREFOX_DIR, ROOT } from './paths';

const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => ext.test(f) && statSync(f).isFile());
}

describe('built extension', () => {
  for (const [browser, dir] of [['chrome', CHROME_DIR], ['firefox', FIREFOX_DIR]] as const) {
    describe(browser, () => {
      const m = manifest(dir);

      it('asks for exactly the permissions DESIGN.md allows', () => {
        const hosts = ['https://www.linkedin.com/*', 'https://x.com/*'];
        const apis = ['storage', 'unlimitedStorage', 'alarms'];
        if (m.manifest_version === 3) {
          expect([...m.permissions].sort()).toEqual([...apis].sort());
          expect([...m.host_permissions].sort()).toEqual(hosts);
        } else {
          // MV2 lists hosts among permissions.
          expect([...m.permissions].sort()).toEqual([...apis, ...hosts].sort());
        }
        expect(m.optional_permissions ?? []).toEqual(['notifications']);
        for (const cs of m.content_scripts) expect(hosts).toEqual(expect.arrayContaining(cs.matches));
        expect(JSON.stringify(m)).not.toMatch(/<all_urls>|"tabs"|"scripting"|"downloads"|"cookies"|"webRequest"/);
      });

      it('ships the privacy policy page and the welcome page', () => {
        const policy = readFileSync(path.join(dir, 'privacy.html'), 'utf8');
        expect(policy).toMatch(/<section lang="en"/);
        expect(policy).toMatch(/<section lang="ja"/);
        expect(readFileSync(path.join(dir, 'welcome.html'), 'utf8')).toMatch(/<script/);
      });

      it('has a written justification for every permission it asks for, in both stores and languages', () => {
        const asked = [...(m.permissions ?? []), ...(m.optional_permissions ?? []), ...(m.host_permissions ?? [])];
        expect(asked.length).toBeGreaterThan(0);
        for (const doc of ['chrome-web-store.en.md', 'chrome-web-store.ja.md', 'amo.en.md', 'amo.ja.md']) {
          const text = readFileSync(path.join(ROOT, 'docs/store', doc), 'utf8');
          // Each permission has its own heading, followed by at least one line saying why.
          for (const permission of asked) {
            const quoted = permission.replace(/[.*]/g, (c: string) => `\\${c}`);
            expect(text, `${doc}: ${permission}`).toMatch(new RegExp(String.raw`^### .*\x60${quoted}\x60.*\n\S`, 'm'));
          }
        }
      });

      it('has a name, description and icons', () => {
        expect(m.name).toBe('__MSG_extName__');
        expect(m.description).toBe('__MSG_extDescription__');
        expect(Object.keys(m.icons)).toEqual(expect.arrayContaining(['16', '48', '128']));
      });

      it('contains no eval, new Function or remote script', () => {
        for (const file of files(dir, /\.(js|html)$/)) {
          const text = readFileSync(file, 'utf8');
          expect(text, file).not.toMatch(/\beval\(|new Function\(/);
          expect(text, file).not.toMatch(/<script[^>]+src=["']?https?:/i);
          expect(text, file).not.toMatch(/import\(["']https?:/);
        }
      });
    });
  }

  it('the Firefox build passes web-ext lint with zero errors', () => {
    const out = execFileSync(path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-input'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors, JSON.stringify(report.errors, null, 1)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it('keeps each content script small (gzip), and logs its size', () => {
    for (const file of files(path.join(CHROME_DIR, 'content-scripts'), /\.js$/)) {
      const gz = gzipSync(readFileSync(file)).length;
      console.info(`content script ${path.basename(file)}: ${(gz / 1024).toFixed(1)} KiB gzip`);
      // 25.6 KiB each before issue 15 (both sites' adapters, webextension-polyfill, WXT's shadow-root
      // UI); 18.3 (LinkedIn) and 17.4 (X) after the split; then 27.0 / 25.9 with inline marks (+3),
      // identity and "Copy a report" (+2.4), the tag editor, touch kinds and undo in the panel; then
      // 18.7 / 17.5 (and 12.5 / 12.8 for the extras) once the tag editor, pickers, report, marks and
      // "On this page" moved to `<site>-extras.content` (components/panel/panel-extras.ts).
      // Then 14.8 / 15.1 (extras 14.9 / 13.9, zlib default level) once the profile's reading moved to
      // the extras, the extras share the first script's modules and content scripts are minified
      // with terser. Issue 15's budget is 15: this is a ceiling against growth, not the goal. Lower
      // it as they shrink; raise only with a reason: they load on every page.
      expect(gz).toBeLessThan(15.5 * 1024);
    }
  });

  it('starts the panel at document_start and the rest at document_idle, with one Preact between them', () => {
    const manifest = JSON.parse(readFileSync(path.join(CHROME_DIR, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[]; run_at: string; matches: string[] }> };
    const runAt = Object.fromEntries(manifest.content_scripts.flatMap((entry) => entry.js.map((js) => [path.basename(js), entry.run_at])));
    expect(runAt).toEqual({ 'linkedin.js': 'document_start', 'x.js': 'document_start', 'linkedin-extras.js': 'document_idle', 'x-extras.js': 'document_idle' });
    const dir = path.join(CHROME_DIR, 'content-scripts');
    for (const site of ['linkedin', 'x']) {
      const extras = readFileSync(path.join(dir, `${site}-extras.js`), 'utf8');
      // Preact's own code (its diff loop names `__k`, children) is only in the panel's script.
      expect(readFileSync(path.join(dir, `${site}.js`), 'utf8')).toMatch(/__k\b/);
      expect(extras).not.toMatch(/__k\b/);
      expect(extras).toContain('kakehashiPanelScope');
    }
  });

  it("ships one site per content script, without webextension-polyfill", () => {
    const dir = path.join(CHROME_DIR, 'content-scripts');
    const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
    // Each site's scripts: the panel's (document_start, the URL rules only) and its extras
    // (document_idle), which read the profile with the site's selectors.
    const linkedin = read('linkedin.js') + read('linkedin-extras.js');
    const x = read('x.js') + read('x-extras.js');
    // X's profile selectors (utils/sites/x/selectors.ts) and LinkedIn's top card (linkedin/selectors.ts).
    expect(linkedin).not.toContain('data-testid="UserName"');
    expect(linkedin).not.toContain('primaryColumn');
    expect(x).not.toContain('pv-top-card');
    expect(x).not.toContain('com.linkedin.sdui.profile.card');
    expect(read('linkedin-extras.js')).toContain('pv-top-card');
    expect(read('x-extras.js')).toContain('primaryColumn');
    // The document_start scripts carry no selectors: the note is asked for by URL alone.
    expect(read('linkedin.js')).not.toContain('pv-top-card');
    expect(read('x.js')).not.toContain('primaryColumn');
    for (const name of ['linkedin.js', 'x.js', 'linkedin-extras.js', 'x-extras.js']) {
      expect(readFileSync(path.join(dir, name), 'utf8'), name).not.toContain('This script should only be loaded in a browser extension');
    }
  });
});
