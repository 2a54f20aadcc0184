/**
 * The vCard export read back by a real parser: ical.js (Mozilla's jCal/jCard library, which parses
 * RFC 6350 vCard 4.0), not by a copy of our own escaping.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { blankContact, type Contact, type Note } from '../model';
import { escapeText, foldLine, vcardFile, vcardOf, type VCardPerson } from './vcard';

const T0 = Date.UTC(2026, 10, 1, 9);
const contact = (site: 'linkedin' | 'x', handle: string, fields: Partial<Contact> = {}): Contact => ({ ...blankContact({ site, handle }, T0), ...fields });
const note = (contactId: Contact['id'], body: string, createdAt = T0): Note => ({ contactId, body, createdAt, updatedAt: createdAt });

/** Every card in a file, through ical.js. */
function parseCards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown;
  const list = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[];
  return list.map((jcard) => new ICAL.Component(jcard as unknown[]));
}

const ayaka = contact('linkedin', 'ayaka-tanaka', { name: '田中 彩花', company: '東京医療センター; 看護部', headline: '看護師, 勉強会; 主催\\運営', tags: ['mentor', '勉強会, 大阪'] });
const ayakaX = contact('x', 'ayaka_t', { name: '田中 彩花' });

describe('vCard 4.0 export', () => {
  it('parses back with Japanese names, profile URLs of linked records, company, title, tags and notes', () => {
    const person: VCardPerson = {
      contact: ayaka,
      linked: [ayakaX],
      notes: [note(ayaka.id, '二番目, second; note', T0 + 1), note(ayakaX.id, 'Line one\nLine two, with comma; semicolon \\ backslash')],
    };
    const [card] = parseCards(vcardFile([person]));
    expect(card!.name).toBe('vcard');
    expect(card!.getFirstPropertyValue('version')).toBe('4.0');
    expect(card!.getFirstPropertyValue('fn')).toBe('田中 彩花');
    expect(card!.getFirstPropertyValue('n')).toEqual(['田中', '彩花', '', '', '']);
    expect(card!.getAllProperties('url').map((p) => p.getFirstValue())).toEqual(['https://www.linkedin.com/in/ayaka-tanaka/', 'https://x.com/ayaka_t']);
    expect(card!.getFirstPropertyValue('org')).toBe('東京医療センター; 看護部');
    expect(card!.getFirstPropertyValue('title')).toBe('看護師, 勉強会; 主催\\運営');
    expect(card!.getFirstProperty('categories')!.getValues()).toEqual(['mentor', '勉強会, 大阪']);
    expect(card!.getFirstPropertyValue('note')).toBe('Line one\nLine two, with comma; semicolon \\ backslash\n\n二番目, second; note');
  });

  it('writes CRLF only, folds at 75 octets without splitting UTF-8, and keeps a 10,000-character note whole', () => {
    const long = `${'架け橋😀é'.repeat(2_500)}`.slice(0, 10_000);
    const text = vcardOf({ contact: ayaka, notes: [note(ayaka.id, long)] });
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    const bytes = Buffer.from(text, 'utf8');
    let lineStart = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        expect(i - lineStart).toBeLessThanOrEqual(75);
        // The first octet of the next line, after a fold's space, is never a UTF-8 continuation.
        const next = bytes[i + 2];
        if (next === 0x20) expect((bytes[i + 3]! & 0xc0) !== 0x80).toBe(true);
        lineStart = i + 2;
      }
    }
    // Each physical line is valid UTF-8 on its own: no lone halves of a character.
    for (const line of text.split('\r\n')) expect(Buffer.from(Buffer.from(line, 'utf8').toString('utf8'), 'utf8').equals(Buffer.from(line, 'utf8'))).toBe(true);
    const [card] = parseCards(text);
    expect(card!.getFirstPropertyValue('note')).toBe(long);
  });

  it('one card per person, a Latin name family-last, a person without a name by handle', () => {
    const ken = contact('x', 'ken_dev', { name: 'Ken Watanabe' });
    const anon = contact('linkedin', 'no-name');
    const cards = parseCards(vcardFile([{ contact: ken, notes: [] }, { contact: anon, notes: [] }]));
    expect(cards).toHaveLength(2);
    expect(cards[0]!.getFirstPropertyValue('n')).toEqual(['Watanabe', 'Ken', '', '', '']);
    expect(cards[0]!.getFirstPropertyValue('note')).toBeNull();
    expect(cards[1]!.getFirstPropertyValue('fn')).toBe('@no-name');
  });

  it('escapes and folds by the rules themselves', () => {
    expect(escapeText('a,b;c\\d\r\ne\nf')).toBe('a\\,b;c\\\\d\\ne\\nf');
    expect(escapeText('a,b;c', true)).toBe('a\\,b\\;c');
    const folded = foldLine(`NOTE:${'あ'.repeat(40)}`);
    expect(folded.split('\r\n ').map((l) => Buffer.byteLength(l))).toEqual([74, 51]);
  });
});
