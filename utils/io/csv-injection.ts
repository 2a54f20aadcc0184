/**
 * Formula-injection ("CSV injection") neutralisation for cells we write into CSV files.
 *
 * OWASP (https://owasp.org/www-community/attacks/CSV_Injection) lists cells whose first character is
 * `=`, `+`, `-`, `@`, tab (0x09) or carriage return (0x0D) as the ones a spreadsheet may evaluate, and
 * recommends prefixing such a cell with a single quote `'`. Quoting of separators and quotes is left
 * to the RFC 4180 writer (papaparse), which stops an attacker from starting a new cell mid-value.
 *
 * We go slightly further than the first-character rule, because the data is page text we do not control:
 * - leading whitespace (space, NBSP, newline, U+3000 ideographic space…) before a trigger character
 *   also counts: some spreadsheet importers trim cells before deciding whether they hold a formula;
 * - the full-width forms `＝ ＋ － ＠` count too: Japanese Excel treats a full-width `＝` typed or
 *   pasted at the start of a cell as a formula, and our users write Japanese.
 * The cost is a visible `'` before, say, a note that begins with "- item"; that is the usual trade-off.
 *
 * Only apply this to text that came from a page or the user. Values we generate ourselves (ISO 8601
 * dates, counts, "default"/"none") cannot start with a trigger and are written as they are.
 */

const FORMULA_TRIGGER = /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** True when a spreadsheet might read `cell` as a formula. */
export function isFormulaLike(cell: string): boolean {
  return FORMULA_TRIGGER.test(cell);
}

/** Returns `cell` with a leading `'` when a spreadsheet might read it as a formula; otherwise as is. */
export function neutraliseFormula(cell: string): string {
  return isFormulaLike(cell) ? `'${cell}` : cell;
}
