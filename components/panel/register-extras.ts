/**
 * The extras script's side (panel-extras.ts): registers the panel's later parts with the panel
 * script. Built with Preact read from the shared scope (wxt.config.ts), so it must not run without it.
 */
import { PANEL_EXTRAS } from './panel-extras-parts';
import type { PageReader, SharedScope } from './panel-extras';
import { SHARED_SCOPE_KEY } from './shared-names';

/** The panel script's scope, or null when it did not run in this frame (then nothing here can render). */
export function sharedScope(global: object = globalThis): SharedScope | null {
  return ((global as Record<string, unknown>)[SHARED_SCOPE_KEY] as SharedScope | undefined) ?? null;
}

/**
 * Hands the panel its tag editor, pickers and report, and `reader` (this site's profile reader);
 * false when there is no panel script to take them.
 */
export function registerPanelExtras(reader: PageReader, global: object = globalThis): boolean {
  const scope = sharedScope(global);
  scope?.register(PANEL_EXTRAS, reader);
  return scope !== null;
}
