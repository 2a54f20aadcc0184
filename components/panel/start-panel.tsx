/**
 * Mounts the panel for whichever profile the tab shows, and remounts on every in-app navigation.
 * Content scripts match the whole site because LinkedIn and X navigate without reloading; this
 * decides in code whether the URL is a profile. A generation counter makes sure a slow mount for
 * the previous URL never lands after navigation. The first mount waits for the language and
 * quiet-mode settings, so the panel is right the first time; later changes re-render it live.
 * It starts at `document_start`: the person's view is asked for by URL at once, and the panel mounts
 * with it as soon as `<body>` exists, so the note is on screen by the time the site has parsed the
 * header (and, after an in-app navigation, before the site has rendered the new one).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LiveSettings } from '@/utils/messaging/live-settings';
import type { SiteUrlFunctions } from '@/utils/sites/adapter';
import { contactIdOf, type ProfileSnapshot } from '@/utils/model';
import { randomHostName } from './host-name';
import { createShadowHost, type ShadowHost } from './shadow-host';
import { browser } from 'wxt/browser';
import { COLLAPSED_KEY, Panel } from './Panel';
import { applyPanelLanguage, loadPanelSettings, watchPanelSettings } from './panel-settings';
import { watchTheme } from './theme';
import type { InitialView } from './use-contact';
import { whenBody } from './when-body';
import type { PageReader, PanelExtras } from './panel-extras';
import { openSharedScope } from './shared-scope';
import css from './panel.css?inline';
import { languageOverride } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';

/**
 * Events stopped at the panel's edge so that the site's bubbling listeners never see them: keys,
 * and the text-carrying events (`data` of input/beforeinput/composition, the clipboard of paste)
 * that would otherwise hand the site what the user types into a note. Listeners the site adds in
 * the capture phase on window or document run before anything of ours and still see keys and
 * typed characters; a shadow root cannot prevent that, and the stored notes never travel that way.
 */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput', 'change', 'compositionstart', 'compositionupdate', 'compositionend', 'copy', 'cut', 'paste', 'select', 'selectstart', 'dragstart', 'drop'];

/**
 * `sites`: the URL rules of this content script's own site (utils/sites/adapter.ts). Its markup
 * readers come with the extras script (panel-extras.ts), which registers them with its parts.
 */
export function startPanel(ctx: ContentScriptContext, sites: SiteUrlFunctions): void {
  const { profileKeyFromUrl, profileShowsHeader } = sites;
  // One name per page load (see host-name.ts); kept across in-app navigations.
  const hostName = randomHostName();
  let generation = 0;
  let mountedId: string | null = null;
  let ui: ShadowHost | null = null;
  /** Re-renders the mounted panel with the current settings; null when none is mounted. */
  let rerender: (() => void) | null = null;
  let settings: LiveSettings = { language: 'auto', quietMode: false, inlineMarks: false };
  /** The tag editor, pickers and report, once the extras script has run (panel-extras.ts). */
  let extras: PanelExtras | null = null;
  let reader: PageReader | null = null;
  const syncExtrasLanguage = () => {
    const current = languageOverride();
    extras?.setLanguageOverride(current?.lang ?? null, current?.messages);
  };
  openSharedScope((registered, pageReader) => {
    extras = registered;
    reader = pageReader;
    syncExtrasLanguage();
    ui?.addCss(registered.css);
    rerender?.();
  });
  const settingsReady = loadPanelSettings().then(async (loaded) => {
    await applyPanelLanguage(loaded.language);
    syncExtrasLanguage();
    settings = loaded;
  });
  // Changes are applied in order: a slow fetch of one language's strings never lands after the next.
  let settingsChain: Promise<void> = settingsReady;
  watchPanelSettings(ctx, (next) => {
    settingsChain = settingsChain.then(async () => {
      if (next.language !== settings.language) await applyPanelLanguage(next.language);
      syncExtrasLanguage();
      settings = next;
      rerender?.();
    });
  });

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
    // Asked at once, by URL: on a full load this runs at document_start, so the answer is usually
    // back before the site has parsed the header; the settings and <body> are awaited meanwhile.
    // The panel's first render then shows the note. A failure is left to the panel's own load,
    // which says what went wrong.
    const firstView: Promise<InitialView | null> = send('contact:get', { key }).then(
      (view) => ({ key, view }),
      () => null,
    );
    const collapsed = browser.storage.local.get(COLLAPSED_KEY).then(
      (stored) => stored[COLLAPSED_KEY] === true,
      () => false,
    );
    await settingsReady;
    await whenBody();
    const initialView = await firstView;
    const initialCollapsed = await collapsed;
    if (mine !== generation || ctx.isInvalid) return;
    const headerExpected = profileShowsHeader(url);
    let stopTheme: (() => void) | null = null;
    const next = createShadowHost({
      name: hostName,
      css: extras ? `${css}\n${extras.css}` : css,
      isolateEvents: ISOLATED_EVENTS,
      onMount: (container) => {
        // The theme goes on the container inside the root: the host carries no attribute at all.
        stopTheme = watchTheme(container);
        // Made once per mount (the panel reads the page again only when it changes), when the
        // extras have brought the reader: until then the panel shows the person from the URL.
        let readProfile: ((signal: AbortSignal) => Promise<ProfileSnapshot | null>) | undefined;
        rerender = () => {
          const parts = extras;
          const pageReader = reader;
          if (pageReader && !readProfile) readProfile = (signal) => pageReader.waitForProfile(document, url, { signal });
          const reportRoot = (doc: Document) => pageReader?.reportRoot(doc, url) ?? null;
          render(
            <Panel
              key={id}
              profileKey={key}
              readProfile={readProfile}
              headerExpected={headerExpected}
              quietMode={settings.quietMode}
              language={settings.language}
              extras={extras}
              buildReport={parts ? () => parts.buildPageReport(document, url, key.site, new Date(), reportRoot) : undefined}
              initialView={initialView}
              initialCollapsed={initialCollapsed}
            />,
            container,
          );
        };
        rerender();
      },
      onRemove: (container) => {
        stopTheme?.();
        rerender = null;
        render(null, container);
      },
    });
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
