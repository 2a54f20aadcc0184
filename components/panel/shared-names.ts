/**
 * The names the panel's two content scripts share (panel-extras.ts explains the split). Kept free
 * of imports because wxt.config.ts reads it to build the extras' stand-ins for Preact.
 */

/** The property of the content scripts' own global (the extension's isolated world) that holds the scope. */
export const SHARED_SCOPE_KEY = 'kakehashiPanelScope';

/**
 * What the extras script imports from Preact, by module: it uses the panel script's copy (one
 * Preact per page, so their components and hooks work in one tree). A name missing here fails the
 * extras build ("is not exported"), never a page at runtime.
 */
export const SHARED_PREACT_EXPORTS = {
  preact: ['Fragment', 'h', 'options'],
  'preact/hooks': ['useCallback', 'useEffect', 'useMemo', 'useRef', 'useState'],
  'preact/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
} as const;

export type SharedModule = keyof typeof SHARED_PREACT_EXPORTS;
