import { describe, expect, it } from 'vitest';
import { checkImportFile, MAX_IMPORT_BYTES } from './file-guard';

const MIB = 1024 * 1024;

describe('checkImportFile', () => {
  it.each([
    [{ name: 'Connections.csv', size: 120_000, type: 'text/csv' }, 'csv'],
    [{ name: 'CONNECTIONS.CSV', size: 120_000, type: 'application/vnd.ms-excel' }, 'csv'],
    [{ name: 'Connections.csv', size: 120_000, type: '' }, 'csv'],
    [{ name: 'Connections.csv', size: 120_000, type: 'text/csv; charset=utf-8' }, 'csv'],
    [{ name: 'kakehashi-backup-2026-11-23.json', size: 5 * MIB, type: 'application/json' }, 'json'],
    [{ name: 'backup.json', size: 100 * MIB, type: '' }, 'json'],
  ] as const)('accepts %j as %s', (file, kind) => {
    expect(checkImportFile(file, kind)).toEqual({ ok: true });
  });

  it.each([
    [{ name: 'Connections.xlsx', size: 1000, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, 'csv'],
    [{ name: 'Connections.csv', size: 1000, type: 'image/png' }, 'csv'],
    [{ name: 'backup.json', size: 1000, type: 'application/json' }, 'csv'],
    [{ name: 'Connections.csv', size: 1000, type: 'text/csv' }, 'json'],
    [{ name: 'backup.json.exe', size: 1000, type: 'application/x-msdownload' }, 'json'],
    [{ name: 'csv', size: 1000, type: 'text/csv' }, 'csv'],
  ] as const)('rejects %j as the wrong type for %s', (file, kind) => {
    expect(checkImportFile(file, kind)).toEqual({ ok: false, reason: 'wrong-type' });
  });

  it('rejects files over the limit and empty files', () => {
    expect(checkImportFile({ name: 'a.csv', size: 20 * MIB, type: 'text/csv' }, 'csv')).toEqual({ ok: true });
    expect(checkImportFile({ name: 'a.csv', size: 20 * MIB + 1, type: 'text/csv' }, 'csv')).toEqual({ ok: false, reason: 'too-large' });
    expect(checkImportFile({ name: 'a.json', size: MAX_IMPORT_BYTES.json + 1, type: '' }, 'json')).toEqual({ ok: false, reason: 'too-large' });
    expect(checkImportFile({ name: 'a.csv', size: 0, type: 'text/csv' }, 'csv')).toEqual({ ok: false, reason: 'empty' });
  });
});
