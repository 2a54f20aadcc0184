/**
 * `YYYY-MM-DD` of `at` in the user's local time zone: the calendar day they see. One rule for the
 * date inputs, the export file names and the daily reminder's once-a-day check.
 */
export function localDateString(at: number): string {
  const d = new Date(at);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}
