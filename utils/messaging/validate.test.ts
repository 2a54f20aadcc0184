import { describe, expect, it } from 'vitest';
import { validateEnvelope } from './validate';

describe('validateEnvelope', () => {
  it('refuses a payload that is not a plain object, even for types whose payload is empty', () => {
    for (const payload of [[], [1], 'x', 1, true, null, undefined]) {
      for (const type of ['settings:get', 'badge:refresh', 'contacts:list-recent']) {
        expect(validateEnvelope({ type, payload }), `${type} ${JSON.stringify(payload)}`).toMatchObject({ ok: false });
      }
    }
    expect(validateEnvelope({ type: 'settings:get', payload: {} })).toMatchObject({ ok: true });
  });
});
