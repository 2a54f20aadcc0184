/**
 * vCard 4.0 export (RFC 6350) for people moving contacts to a phone: one card per person with FN/N,
 * the profile URL(s), ORG, TITLE, ADR (the region), CATEGORIES (tags) and NOTE (every note). UTF-8, CRLF line ends,
 * text values escaped (§3.4) and content lines folded at 75 octets (§3.2) on character boundaries,
 * so a fold never splits a UTF-8 sequence or a surrogate pair. Pure: the caller reads the database.
 */
import type { Contact, Note } from '../model';
import { exportFileName } from './csv-export';

export interface VCardPerson {
  contact: Contact;
  /** The person's other records ("same person as…"): their profile URLs go on the same card. */
  linked?: readonly Contact[];
  notes: readonly Note[];
}

const CRLF = '\r\n';
/** Octets per physical line, CRLF excluded (RFC 6350 §3.2). */
const LINE_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * A TEXT value escaped (RFC 6350 §3.4): backslash, comma and newlines always; semicolons only in a
 * component of a compound value (N, ORG), where they separate components — elsewhere `\;` is not an
 * escape and a strict reader keeps the backslash.
 */
export function escapeText(value: string, compound = false): string {
  return value.replace(compound ? /[\\,;]/g : /[\\,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const escapeComponent = (value: string) => escapeText(value, true);

/**
 * One content line folded so no physical line exceeds 75 octets: continuation lines start with a
 * space (which counts). Breaks fall between code points only.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= LINE_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = LINE_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const CJK = /[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/;

/**
 * The structured name (family;given;additional;prefixes;suffixes). Names come as the site shows
 * them, in one string: a Japanese name puts the family name first (田中 彩花), a Latin one last.
 */
export function structuredName(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return `${escapeComponent(name.trim())};;;;`;
  const [family, given] = CJK.test(name) ? [parts[0]!, parts.slice(1).join(' ')] : [parts.at(-1)!, parts.slice(0, -1).join(' ')];
  return `${escapeComponent(family)};${escapeComponent(given)};;;`;
}

const stamp = (t: number) => new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** One person's card, lines ending in CRLF. */
export function vcardOf({ contact, linked = [], notes }: VCardPerson): string {
  const name = contact.name?.trim() || `@${contact.handle}`;
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(name)}`];
  if (contact.name?.trim()) lines.push(`N:${structuredName(contact.name)}`);
  for (const record of [contact, ...linked]) lines.push(`URL:${record.url}`);
  if (contact.company) lines.push(`ORG:${escapeComponent(contact.company)}`);
  if (contact.headline) lines.push(`TITLE:${escapeText(contact.headline)}`);
  // The user's free-text region (福岡, Kansai) is a place, not a note: ADR's own "region" component
  // (RFC 6350 §6.3.1, the 5th of 7), with no TYPE, since it need not be a home or work address.
  if (contact.region) lines.push(`ADR:;;;;${escapeComponent(contact.region)};;`);
  if (contact.tags.length) lines.push(`CATEGORIES:${contact.tags.map((tag) => escapeText(tag)).join(',')}`);
  const ordered = [...notes].sort((a, b) => a.createdAt - b.createdAt);
  if (ordered.length) lines.push(`NOTE:${escapeText(ordered.map((n) => n.body).join('\n\n'))}`);
  lines.push(`REV:${stamp(contact.updatedAt)}`, 'END:VCARD');
  return lines.map((l) => foldLine(l) + CRLF).join('');
}

/** The whole file: one card per person. */
export function vcardFile(people: readonly VCardPerson[]): string {
  return people.map(vcardOf).join('');
}

/** `kakehashi-contacts-2026-12-01.vcf` (the local date, like the CSV files). */
export function vcardFileName(now: number): string {
  return exportFileName('contacts', now).replace(/\.csv$/, '.vcf');
}
