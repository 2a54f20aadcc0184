import { describe, expect, it } from 'vitest';
import { noteTopic } from './note-topic';

describe('noteTopic', () => {
  it('takes the first line that has words, without its closing punctuation', () => {
    expect(noteTopic('\n  Supply chain  audits.\nsecond line')).toBe('Supply chain audits');
    expect(noteTopic('富山の勉強会で会った。')).toBe('富山の勉強会で会った');
  });
  it('cuts a long English line at a word boundary and a long Japanese line by characters', () => {
    expect(noteTopic('We discussed moving the whole logistics team to the new warehouse system next spring')).toBe(
      'We discussed moving the whole logistics…',
    );
    expect(noteTopic('あ'.repeat(50))).toBe(`${'あ'.repeat(40)}…`);
  });
  it('has no topic for blank notes', () => {
    expect(noteTopic(' \n\u3000 ')).toBeNull();
  });
});
