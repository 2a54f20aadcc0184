/** Content-script bundle sizes: they load on every LinkedIn and X page (STYLE.md). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function contentScriptSizes(extDir: string): BundleSize[] {
  const dir = path.join(extDir, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(path.join(dir, file));
      return { file: `content-scripts/${file}`, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
}
