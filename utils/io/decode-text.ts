/**
 * The one way a file the user brings us becomes text (DESIGN.md, "Files are decoded strictly").
 *
 * `File.text()` decodes as UTF-8 and silently puts U+FFFD in place of every byte that is not, so a
 * Connections.csv that Japanese Excel re-saved (Excel writes CSV in the system code page, Shift_JIS
 * — really Windows-31J, which the WHATWG `shift_jis` decoder implements) became mojibake names with
 * no warning. Here each candidate encoding is tried with `fatal: true`, in order, and the first that
 * decodes every byte wins; a file none of them decodes is refused, never stored garbled. UTF-8 comes
 * first because a Shift_JIS decode of UTF-8 bytes can succeed by accident, while Shift_JIS bytes of
 * Japanese text are practically never valid UTF-8. A UTF-8 BOM is removed. Text with NUL characters
 * (UTF-16, a spreadsheet's binary format) is not text we read.
 */

export type TextEncodingName = 'utf-8' | 'shift_jis';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false };

/**
 * `text` without a leading byte order mark (U+FEFF), for text that did not come through
 * `decodeStrictly` (which already drops it): a pasted file, a test's string, one CSV cell.
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decodes `bytes` with the first of `encodings` that accepts every byte. Never throws. */
export function decodeStrictly(bytes: ArrayBuffer | Uint8Array, encodings: readonly TextEncodingName[]): DecodeResult {
  for (const encoding of encodings) {
    let text: string;
    try {
      // ignoreBOM: false (the default) drops a leading UTF-8 BOM.
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    if (text.includes('\u0000')) return { ok: false };
    return { ok: true, text, encoding };
  }
  return { ok: false };
}
