/**
 * A LinkedIn `Connections.csv` in the current export format (DESIGN.md, "Export and import"): the
 * `Notes:` preamble, then `First Name,Last Name,URL,Email Address,Company,Position,Connected On`,
 * with Japanese names, quoted commas and `07 Feb 2026` dates. `overlap` rows are people already in
 * the bench's contact book (updates rather than additions, as in a real re-import).
 */
import type { BackupData } from '@/utils/io/backup';
import { seededRandom } from './random';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FIRST = ['太郎', 'Aiko', 'Ren', '花子', 'Emma', 'Arjun', '美咲', 'Liam'];
const LAST = ['山田', 'Suzuki', 'Kobayashi', '佐藤', 'Smith', 'Patel', 'Garcia', '田中'];
const COMPANIES = ['Lumenfield', '"Hokuriku Shinkin Bank, Ltd."', '株式会社カケハシ商事', 'Kobayashi Farm', '"Aoba Logistics, Inc."'];
const POSITIONS = ['Software Engineer', '営業部長', '"Farmer, ""organic"" rice"', 'Nurse', 'Founder'];

export function connectionsCsv(rows: number, batch: string, existing: BackupData, overlap = 0.05): string {
  const r = seededRandom(rows + batch.length * 7919);
  // People already in the book, each at most once (a real export lists a person once).
  const known = existing.contacts.filter((c) => c.site === 'linkedin').map((c) => c.handle);
  for (let i = known.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [known[i], known[j]] = [known[j]!, known[i]!];
  }
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i++) {
    const reuse = known.length > 0 && r.chance(overlap);
    const slug = reuse ? encodeURIComponent(known.pop()!) : `bench-${batch}-${i.toString(36)}`;
    const date = `${String(r.int(1, 28)).padStart(2, '0')} ${r.pick(MONTHS)} ${r.int(2012, 2026)}`;
    lines.push([r.pick(FIRST), r.pick(LAST), `https://www.linkedin.com/in/${slug}`, '', r.pick(COMPANIES), r.pick(POSITIONS), date].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
