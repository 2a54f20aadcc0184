import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../model';
import { validateEnvelope } from './validate';

const NOW = Date.UTC(2026, 10, 23, 8);
const profile = { site: 'linkedin', handle: 'ethanohara', name: null, headline: null, company: null, location: null, avatarUrl: null };

describe('validateEnvelope', () => {
  it('refuses a payload that is not a plain object, even for types whose payload is empty', () => {
    for (const payload of [[], [1], 'x', 1, true, null, undefined]) {
      for (const type of ['settings:get', 'badge:refresh', 'contacts:list-recent']) {
        expect(validateEnvelope({ type, payload }, NOW), `${type} ${JSON.stringify(payload)}`).toMatchObject({ ok: false });
      }
    }
    expect(validateEnvelope({ type: 'settings:get', payload: {} }, NOW)).toMatchObject({ ok: true });
  });

  it('takes touch and last-contact dates from 2000 up to a day after the given now, and nothing else', () => {
    const at = (value: number) => [
      validateEnvelope({ type: 'touch:log', payload: { profile, kind: 'thanks', at: value } }, NOW).ok,
      validateEnvelope({ type: 'contact:set-last-contact', payload: { profile, at: value } }, NOW).ok,
    ];
    expect(at(NOW)).toEqual([true, true]);
    expect(at(NOW + DAY_MS)).toEqual([true, true]);
    expect(at(Date.UTC(2000, 0, 1))).toEqual([true, true]);
    for (const bad of [NOW + DAY_MS + 1, 1e16, Date.UTC(1999, 11, 31), 0, -5, NOW + 0.5, Number.NaN]) {
      expect(at(bad), String(bad)).toEqual([false, false]);
    }
    // The bound moves with the clock it is given, not with the machine's.
    expect(validateEnvelope({ type: 'touch:log', payload: { profile, kind: 'thanks', at: NOW + 5 * DAY_MS } }, NOW + 5 * DAY_MS).ok).toBe(true);
  });

  it('refuses an onboarding time outside 2000 through 9999', () => {
    const onboarded = (value: number) => validateEnvelope({ type: 'settings:save', payload: { patch: { onboardedAt: value } } }, NOW).ok;
    expect(onboarded(NOW)).toBe(true);
    expect(onboarded(1e16)).toBe(false);
    expect(onboarded(0)).toBe(false);
  });
});
