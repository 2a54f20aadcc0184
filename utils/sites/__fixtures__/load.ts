/**
 * Test-only helpers: build a Document from saved HTML with linkedom (already a WXT dependency).
 * Kept under __fixtures__/ so the sources zip leaves them out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** `/work/shared/fixtures/real` locally; `../shared` beside the clone in CI. */
export const REAL_FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures/real');

export function documentFrom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function loadDocument(file: string): Document {
  return documentFrom(readFileSync(file, 'utf8'));
}

/** Fixture files in `dir` ending with `suffix`, as absolute paths (sorted, so test names are stable). */
export function fixtureFiles(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Whitespace-collapsed form used to compare expected and extracted text (fixtures README). */
export function collapse(value: string | null | undefined): string | null {
  return value == null ? null : value.replace(/\s+/g, ' ').trim();
}
