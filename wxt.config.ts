import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { SHARED_EXPORTS, SHARED_SCOPE_KEY, type SharedModule } from './components/panel/shared-names';
import { OPEN_PEOPLE_COMMAND } from './utils/background/commands';

// Permissions are a product rule (DESIGN.md, "Privacy and platform rules"); a test checks the
// built manifests against this exact list, so widen it only together with DESIGN.md.
export const HOST_PERMISSIONS = ['https://www.linkedin.com/*', 'https://x.com/*'];
export const PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms'];

/**
 * Content scripts get `wxt/browser` without webextension-polyfill: they load on every LinkedIn and X
 * page, and the polyfill was an eighth of each. What they call — `runtime.sendMessage`/`onMessage`
 * (replies through `sendResponse` + `return true`), `storage.local.get`, `storage.onChanged`,
 * `i18n` — is promise-based in Chrome MV3 and in Firefox's own `browser`, so WXT's plain
 * `browser` (`globalThis.browser ?? chrome`) is enough there. Extension pages and the background keep
 * the polyfill (the '@wxt-dev/webextension-polyfill' module aliases `wxt/browser` for every build;
 * this undoes it only in builds whose every input is a content script).
 */
function contentScriptsWithoutPolyfill(): Plugin {
  let contentOnly = false;
  return {
    name: 'kakehashi:content-scripts-without-polyfill',
    enforce: 'pre',
    options(options) {
      contentOnly = inputsMatch(options, /\.content([\\/]|\.[jt]sx?$)/);
      return null;
    },
    resolveId(source, importer) {
      if (!contentOnly || source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}

/** Whether every input of this build is a content script whose entry name matches `name`. */
function inputsMatch(options: { input?: unknown }, name: RegExp): boolean {
  const input = options.input as string | string[] | Record<string, string> | undefined;
  const inputs = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
  return inputs.length > 0 && inputs.every((file) => name.test(file));
}

/**
 * Content scripts are minified with terser instead of Vite's default (oxc): on these bundles it
 * gives about 3% less gzip, and they load on every LinkedIn and X page (tests/e2e/build.e2e.ts holds
 * their ceiling). Extension pages and the background keep the faster default.
 */
function terserForContentScripts(): Plugin {
  return {
    name: 'kakehashi:terser-for-content-scripts',
    config(config) {
      const entry = config.build?.lib ? config.build.lib.entry : undefined;
      if (typeof entry !== 'string' || !/\.content([\\/]|\.[jt]sx?$)/.test(entry)) return null;
      return { build: { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 3 } } } };
    },
  };
}

const SHARED_PREFIX = '\0kakehashi-shared:';

/**
 * The `<site>-extras.content` scripts use the Preact and the shared modules of the panel's script,
 * found on the content scripts' own global (components/panel/panel-extras.ts explains why): in their
 * builds, each module of `SHARED_EXPORTS` is a stand-in that reads it. One Preact per page, and
 * nothing bundled twice.
 */
function sharedModulesForExtras(): Plugin {
  let extras = false;
  /** The file of each shared module of ours, resolved once per build. */
  const sharedFiles = new Map<string, SharedModule>();
  return {
    name: 'kakehashi:shared-modules-for-extras',
    enforce: 'pre',
    options(options) {
      extras = inputsMatch(options, /-extras\.content([\\/]|\.[jt]sx?$)/);
      return null;
    },
    async buildStart() {
      if (!extras) return;
      for (const module of Object.keys(SHARED_EXPORTS) as SharedModule[]) {
        if (!module.startsWith('@/')) continue;
        const resolved = await this.resolve(module);
        if (!resolved) this.error(`shared module ${module} does not resolve`);
        sharedFiles.set(resolved.id, module);
      }
    },
    async resolveId(source, importer) {
      if (!extras || source.startsWith(SHARED_PREFIX)) return null;
      if (Object.hasOwn(SHARED_EXPORTS, source)) return SHARED_PREFIX + source;
      // Vite's aliases run first: '@/utils/i18n' arrives here as an absolute path.
      if (!/^(?:\.|\/|@\/)/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      const module = resolved ? sharedFiles.get(resolved.id) : undefined;
      return module ? SHARED_PREFIX + module : null;
    },
    load(id) {
      if (!id.startsWith(SHARED_PREFIX)) return null;
      const module = id.slice(SHARED_PREFIX.length) as SharedModule;
      const names: readonly string[] = SHARED_EXPORTS[module];
      // Without the panel's script there is no scope: the names are undefined and nothing renders.
      return [
        `const m = globalThis[${JSON.stringify(SHARED_SCOPE_KEY)}]?.modules[${JSON.stringify(module)}] ?? {};`,
        ...names.map((name) => `export const ${name} = m.${name};`),
      ].join('\n');
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact(), contentScriptsWithoutPolyfill(), sharedModulesForExtras(), terserForContentScripts()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: PERMISSIONS,
    optional_permissions: ['notifications'],
    host_permissions: HOST_PERMISSIONS,
    action: { default_title: '__MSG_extName__' },
    // Opens the People page (entrypoints/background.ts); the user can rebind it in the browser.
    commands: {
      [OPEN_PEOPLE_COMMAND]: { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandOpenPeople__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kakehashi@kakehashi.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx', '**/__fixtures__/**', 'coverage/**', '*.log'],
  },
});
