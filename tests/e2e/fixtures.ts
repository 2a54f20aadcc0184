import { readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_FIXTURES, SHARED_FIXTURES } from './paths';

/** A real captured page from `../shared/fixtures/real/` (read-only). */
export function realPage(site: 'linkedin' | 'x', name: string): string {
  return readFileSync(path.join(SHARED_FIXTURES, site, `${name}.html`), 'utf8');
}

/** A page of our own under `tests/e2e/fixtures/`. */
export function ownPage(name: string): string {
  return readFileSync(path.join(E2E_FIXTURES, name), 'utf8');
}

/** The inner HTML of <body>, to swap in during a simulated in-app navigation. */
export function bodyOf(html: string): string {
  const start = html.search(/<body[^>]*>/i);
  const open = html.indexOf('>', start) + 1;
  const end = html.lastIndexOf('</body>');
  return html.slice(open, end === -1 ? undefined : end);
}

export const ETHAN = {
  url: 'https://www.linkedin.com/in/ethanohara/',
  html: () => realPage('linkedin', 'profile-other-logged-in-classic-voyager_2022-03'),
  name: "Ethan O'Hara",
};
export const HARUTO = {
  url: 'https://www.linkedin.com/in/harutokimura/',
  html: () => realPage('linkedin', 'profile-self-view-classic-voyager_2022-03'),
  name: 'Haruto Kimura',
};
export const MORI = {
  url: 'https://x.com/Dr_Mori3',
  html: () => realPage('x', 'profile-all-fields_2023-03'),
  name: 'Dr.Mori - The Pig Whisperer',
};
