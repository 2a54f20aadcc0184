import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { OPEN_PEOPLE_COMMAND } from './utils/background/commands';

// Permissions are a product rule (DESIGN.md, "Privacy and platform rules"); a test checks the
// built manifests against this exact list, so widen it only together with DESIGN.md.
export const HOST_PERMISSIONS = ['https://www.linkedin.com/*', 'https://x.com/*'];
export const PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
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
