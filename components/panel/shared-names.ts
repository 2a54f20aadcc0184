/**
 * The names the panel's two content scripts share (panel-extras.ts explains the split). Kept free
 * of imports because wxt.config.ts reads it to build the extras' stand-ins for these modules.
 */

/** The property of the content scripts' own global (the extension's isolated world) that holds the scope. */
export const SHARED_SCOPE_KEY = 'kakehashiPanelScope';

/**
 * What the extras script imports from modules the panel script already carries, by module: it
 * uses the panel script's copy. For Preact that is a must (one Preact per page, so their components
 * and hooks work in one tree); for our own modules it keeps one copy of each per page (one language
 * override, one `MessageError` class) and the extras bundle small. Our modules are named by their
 * `@/` path and matched however they are imported. A name missing here fails the extras build
 * ("is not exported"), never a page at runtime.
 */
export const SHARED_EXPORTS = {
  preact: ['Fragment', 'h', 'options'],
  'preact/hooks': ['useCallback', 'useEffect', 'useMemo', 'useRef', 'useState'],
  'preact/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
  '@/utils/i18n': ['formatDate', 'keyFor', 'setLanguageOverride', 't', 'tDynamic', 'tp', 'uiLocale'],
  '@/utils/messaging/client': ['MessageError', 'send'],
  '@/utils/messaging/live-settings': ['LIVE_SETTINGS_KEY', 'liveSettingsOf', 'parseLiveSettings'],
  '@/components/trusted-event': ['onTrusted'],
  '@/components/panel/theme': ['isPageDark', 'watchPageTheme'],
  '@/components/panel/host-name': ['randomHostName'],
  '@/components/panel/panel-settings': ['applyPanelLanguage', 'loadPanelSettings', 'watchPanelSettings'],
} as const;

export type SharedModule = keyof typeof SHARED_EXPORTS;
