/**
 * Inline marks (DESIGN.md, "People on this page"), opt-in: follows the live settings (language,
 * quiet mode, marks on/off) and runs the mark engine while marks are wanted — never on LinkedIn in
 * quiet mode. Turning marks off removes every mark at once; turning them on reads the page again.
 * With marks off nothing here touches the page: no observer, no element, no message.
 *
 * Bundled into the `<site>-extras.content` script (document_idle) rather than loaded on demand: an
 * MV3 content script cannot `import()` a chunk unless it is a web-accessible resource, and a
 * web-accessible resource is exactly what sites probe to detect installed extensions (host-name.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LiveSettings } from '@/utils/messaging/live-settings';
import { send } from '@/utils/messaging/client';
import type { Site } from '@/utils/model';
import { randomHostName } from '../panel/host-name';
import { applyPanelLanguage, loadPanelSettings, watchPanelSettings } from '../panel/panel-settings';
import { newMarkStats, startMarkEngine, type MarkEngine, type MarkSite } from './mark-engine';

/**
 * Where the engine's timings are kept: a property of the content script's own global, which in
 * Chromium and Firefox is the extension's isolated world, never the page's `window`. The e2e and
 * bench read it through DevTools; the site's scripts cannot see it.
 */
export const MARK_STATS_KEY = 'kakehashiMarkStats';

export function marksWanted(site: Site, settings: LiveSettings): boolean {
  return settings.inlineMarks && !(site === 'linkedin' && settings.quietMode);
}

export function startMarks(ctx: ContentScriptContext, on: MarkSite): void {
  const { site } = on;
  const hostName = randomHostName();
  const stats = newMarkStats();
  Object.defineProperty(globalThis, MARK_STATS_KEY, { value: stats, configurable: true });
  let engine: MarkEngine | null = null;
  let language: LiveSettings['language'] | null = null;

  const apply = (settings: LiveSettings) => {
    const relabel = language !== null && settings.language !== language;
    language = settings.language;
    if (ctx.isInvalid || !marksWanted(site, settings)) {
      engine?.stop();
      engine = null;
      return;
    }
    if (!engine) engine = startMarkEngine(on, hostName, (handles) => send('marks:lookup', { site, handles }), stats);
    else if (relabel) engine.relabel();
  };

  // Changes are applied in order, each with its language's strings in place first (as the panel does).
  let chain: Promise<void> = Promise.resolve();
  const then = (step: () => Promise<void>) => {
    chain = chain.then(step).catch((error: unknown) => console.warn('[Kakehashi] inline marks could not follow the settings', error));
  };
  then(async () => {
    const settings = await loadPanelSettings();
    if (marksWanted(site, settings)) await applyPanelLanguage(settings.language);
    apply(settings);
  });
  watchPanelSettings(ctx, (next) =>
    then(async () => {
      if (next.language !== language) await applyPanelLanguage(next.language);
      apply(next);
    }),
  );

  // `wxt:locationchange` fires before location.href changes, so use the event's newUrl.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => engine?.navigate(new URL(newUrl.href)));
  ctx.onInvalidated(() => {
    engine?.stop();
    engine = null;
  });
}
