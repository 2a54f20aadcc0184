import { describe, expect, it, vi } from 'vitest';
import { siteFunctions } from '@/utils/sites/adapter';
import { X_ADAPTER } from '@/utils/sites/x/adapter';
import type { PageReader, PanelExtras } from './panel-extras';
import { registerPanelExtras, sharedScope } from './register-extras';
import { SHARED_EXPORTS, SHARED_SCOPE_KEY } from './shared-names';
import { openSharedScope, SHARED_MODULES } from './shared-scope';

describe('the panel scripts’ shared scope', () => {
  it('offers exactly the names the extras build is given, each a real value', () => {
    for (const [module, names] of Object.entries(SHARED_EXPORTS)) {
      const offered = SHARED_MODULES[module as keyof typeof SHARED_MODULES];
      expect(Object.keys(offered).sort(), module).toEqual([...names].sort());
      for (const name of names) expect(offered[name], `${module} ${name}`).toBeDefined();
    }
  });

  it('hands the extras to the panel once, and only where the panel script opened the scope', () => {
    const global = {};
    const reader = siteFunctions([X_ADAPTER]);
    expect(sharedScope(global)).toBeNull();
    expect(registerPanelExtras(reader, global)).toBe(false);
    const onExtras = vi.fn<(extras: PanelExtras, reader: PageReader) => void>();
    openSharedScope(onExtras, global);
    // Not enumerable: nothing walking the global lists it.
    expect(Object.keys(global)).toEqual([]);
    expect(sharedScope(global)?.modules).toBe(SHARED_MODULES);
    expect(registerPanelExtras(reader, global)).toBe(true);
    expect(registerPanelExtras(reader, global)).toBe(true);
    expect(onExtras).toHaveBeenCalledTimes(1);
    const [extras, given] = onExtras.mock.calls[0]!;
    expect(given).toBe(reader);
    expect(Object.keys(extras).sort()).toEqual(['CopyReport', 'EngagementSection', 'TagsSection', 'buildPageReport', 'css', 'setLanguageOverride']);
    expect(typeof extras.css).toBe('string'); // `?inline` CSS is empty under Vitest
    expect(SHARED_SCOPE_KEY in global).toBe(true);
  });
});
