/**
 * The panel script's side of the meeting point with the extras script (panel-extras.ts): puts this
 * script's Preact and shared modules where the extras build looks for them, and hands over the
 * parts the extras register.
 */
import { Fragment, h, options } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Fragment as JsxFragment, jsx, jsxs } from 'preact/jsx-runtime';
import { onTrusted } from '@/components/trusted-event';
import { formatDate, keyFor, setLanguageOverride, t, tDynamic, tp, uiLocale } from '@/utils/i18n';
import { MessageError, send } from '@/utils/messaging/client';
import { LIVE_SETTINGS_KEY, liveSettingsOf, parseLiveSettings } from '@/utils/messaging/live-settings';
import { randomHostName } from './host-name';
import type { PageReader, PanelExtras, SharedScope } from './panel-extras';
import { applyPanelLanguage, loadPanelSettings, watchPanelSettings } from './panel-settings';
import { SHARED_SCOPE_KEY } from './shared-names';
import { isPageDark, watchPageTheme } from './theme';

/** Exactly the names of `SHARED_EXPORTS` (a unit test compares them). */
export const SHARED_MODULES: SharedScope['modules'] = {
  preact: { Fragment, h, options },
  'preact/hooks': { useCallback, useEffect, useMemo, useRef, useState },
  'preact/jsx-runtime': { Fragment: JsxFragment, jsx, jsxs },
  '@/utils/i18n': { formatDate, keyFor, setLanguageOverride, t, tDynamic, tp, uiLocale },
  '@/utils/messaging/client': { MessageError, send },
  '@/utils/messaging/live-settings': { LIVE_SETTINGS_KEY, liveSettingsOf, parseLiveSettings },
  '@/components/trusted-event': { onTrusted },
  '@/components/panel/theme': { isPageDark, watchPageTheme },
  '@/components/panel/host-name': { randomHostName },
  '@/components/panel/panel-settings': { applyPanelLanguage, loadPanelSettings, watchPanelSettings },
};

/**
 * Opens the scope on the content scripts' global; `onExtras` gets the extras' parts and page reader
 * when their script has run (after the page has loaded). Not enumerable, not writable: set once per page.
 */
export function openSharedScope(onExtras: (extras: PanelExtras, reader: PageReader) => void, global: object = globalThis): void {
  let registered = false;
  const scope: SharedScope = {
    modules: SHARED_MODULES,
    register: (extras, reader) => {
      if (registered) return;
      registered = true;
      onExtras(extras, reader);
    },
  };
  Object.defineProperty(global, SHARED_SCOPE_KEY, { value: scope, configurable: true });
}
