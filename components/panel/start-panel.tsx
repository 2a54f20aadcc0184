/**
 * Mounts the panel for whichever profile the tab shows, and remounts on every in-app navigation.
 * Content scripts match the whole site because LinkedIn and X navigate without reloading; this
 * decides in code whether the URL is a profile. A generation counter makes sure a slow mount for
 * the previous URL never lands after navigation.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { profileKeyFromUrl, waitForProfile } from '@/utils/sites';
import { contactIdOf } from '@/utils/model';
import { Panel } from './Panel';
import { applyTheme } from './theme';
import css from './panel.css?inline';

export function startPanel(ctx: ContentScriptContext): void {
  let generation = 0;
  let mountedId: string | null = null;
  let ui: ShadowRootContentScriptUi<void> | null = null;

  const unmount = () => {
    ui?.remove();
    ui = null;
    mountedId = null;
  };

  const show = async (url: URL) => {
    const key = profileKeyFromUrl(url);
    const id = key ? contactIdOf(key) : null;
    if (id === mountedId) return; // same person (e.g. another tab of their profile)
    const mine = ++generation;
    unmount();
    if (!key || !id) return;
    mountedId = id;
    const next = await createShadowRootUi(ctx, {
      name: 'kakehashi-panel',
      position: 'inline',
      // On <html>, not <body>: single-page apps re-render or replace <body> content, and the
      // panel must not vanish with it. The card is position: fixed, so the anchor never shows.
      anchor: 'html',
      append: 'last',
      css,
      isolateEvents: true,
      onMount: (container, _shadow, host) => {
        applyTheme(host);
        const readProfile = (signal: AbortSignal) => waitForProfile(document, url, { signal });
        render(<Panel key={id} profileKey={key} readProfile={readProfile} />, container);
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    if (mine !== generation || ctx.isInvalid) return; // navigated again while the UI was created
    ui = next;
    next.mount();
  };

  const safeShow = (url: URL) =>
    show(url).catch((error: unknown) => {
      // Never throw into the page; log once so a broken mount can be diagnosed.
      console.warn('[Kakehashi] panel could not be shown', error);
    });

  // `wxt:locationchange` fires before location.href changes, so use the event's newUrl.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void safeShow(new URL(newUrl.href)));
  ctx.onInvalidated(unmount);
  void safeShow(new URL(location.href));
}
