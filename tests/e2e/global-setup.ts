import { existsSync } from 'node:fs';
import { CHROME_DIR, CHROMIUM_PATH } from './paths';

/** Fails fast with a sentence instead of a timeout when the build or the browser is missing. */
export default function setup(): void {
  if (!existsSync(`${CHROME_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${CHROME_DIR}: run \`npm run build\` first (npm test does).`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium).`);
  }
}
