import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROME_DIR = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_DIR = path.join(ROOT, '.output/firefox-mv2');
export const SHARED_FIXTURES = path.resolve(ROOT, '../shared/fixtures/real');
export const E2E_FIXTURES = path.join(ROOT, 'tests/e2e/fixtures');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
