/**
 * The panel script's side of the meeting point with the extras script (panel-extras.ts): puts this
 * script's Preact where the extras build looks for it, and hands over the parts the extras register.
 */
import { Fragment, h, options } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Fragment as JsxFragment, jsx, jsxs } from 'preact/jsx-runtime';
import type { PageReader, PanelExtras, SharedScope } from './panel-extras';
import { SHARED_SCOPE_KEY } from './shared-names';

/** Exactly the names of `SHARED_PREACT_EXPORTS` (a unit test compares them). */
export const SHARED_MODULES: SharedScope['modules'] = {
  preact: { Fragment, h, options },
  'preact/hooks': { useCallback, useEffect, useMemo, useRef, useState },
  'preact/jsx-runtime': { Fragment: JsxFragment, jsx, jsxs },
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
