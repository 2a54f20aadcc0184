/**
 * The panel's parts that are not needed to show a note, loaded after the page (`document_idle`) by
 * a second content script per site, `<site>-extras.content`: the tag editor, industry and cadence
 * pickers, "Copy a report", and reading the person's profile off the page (the header is rendered by
 * the site's own scripts, after the page has parsed, so there is nothing to read earlier; with inline marks and "On this page", which are not panel parts but
 * have no reason to load early either). The first script, which starts at `document_start` and shows
 * the note as soon as the page has a `<body>`, stays small.
 *
 * Why two scripts and not a lazy `import()`: an MV3 content script can only import a chunk that is a
 * web-accessible resource, and web-accessible resources are what sites probe to fingerprint
 * installed extensions (host-name.ts). Two content scripts of one extension share the extension's
 * isolated world in Chromium and Firefox, never the page's, so they meet through one property of
 * that world's global (`SHARED_SCOPE_KEY`), which the page's scripts cannot see:
 *   - the panel script puts its Preact there (shared-scope.ts); the extras build reads Preact from
 *     it (wxt.config.ts `sharedPreactForExtras`), so there is one Preact and one component tree;
 *   - the extras script registers these parts there; the panel re-renders with them.
 */
import type { ComponentType } from 'preact';
import type { Messages } from '@/utils/i18n';
import type { SiteFunctions } from '@/utils/sites/adapter';
import type { buildPageReport } from '@/utils/sites/page-report';
import type { CopyReport } from './CopyReport';
import type { EngagementSection } from './EngagementSection';
import type { TagsSection } from './TagsSection';
import type { SharedModule } from './shared-names';

type PropsOf<C> = C extends (props: infer P) => unknown ? P : never;

export interface PanelExtras {
  TagsSection: ComponentType<PropsOf<typeof TagsSection>>;
  EngagementSection: ComponentType<PropsOf<typeof EngagementSection>>;
  CopyReport: ComponentType<PropsOf<typeof CopyReport>>;
  /** "Copy a report" of the page (utils/sites/page-report.ts `buildPageReport`). */
  buildPageReport: typeof buildPageReport;
  /** The CSS these parts need in the panel's shadow root. */
  css: string;
  /** The extras script has its own copy of utils/i18n: the panel keeps its language in step. */
  setLanguageOverride: (lang: 'en' | 'ja' | null, messages?: Messages) => void;
}

/** The markup readers of the extras script's own site (utils/sites/adapter.ts `siteFunctions`). */
export type PageReader = Pick<SiteFunctions, 'waitForProfile' | 'reportRoot'>;

export interface SharedScope {
  modules: { [M in SharedModule]: Record<string, unknown> };
  /** Called by the extras script once, with its parts and its site's page reader. */
  register: (extras: PanelExtras, reader: PageReader) => void;
}
