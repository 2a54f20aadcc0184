import { describe, expect, it } from 'vitest';
import { marksWanted } from './start-marks';

describe('marksWanted', () => {
  it('only when opted in, and never on LinkedIn in quiet mode', () => {
    const base = { language: 'auto', quietMode: false, inlineMarks: false } as const;
    expect(marksWanted('linkedin', base)).toBe(false);
    expect(marksWanted('x', base)).toBe(false);
    expect(marksWanted('linkedin', { ...base, inlineMarks: true })).toBe(true);
    expect(marksWanted('x', { ...base, inlineMarks: true })).toBe(true);
    expect(marksWanted('linkedin', { ...base, inlineMarks: true, quietMode: true })).toBe(false);
    expect(marksWanted('x', { ...base, inlineMarks: true, quietMode: true })).toBe(true);
  });
});
