import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildEngineFiles } from './scripts/build-engine';

// The content script stays tiny; everything heavy lives in ES-module chunks under
// /engine/, imported on demand once a page is known to be Chinese.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['unlimitedStorage']), 'downloads'],
    commands: {
      'toggle-page': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandTogglePage__',
      },
    },
    web_accessible_resources:
      browser === 'firefox'
        ? ['engine/*']
        : [{ resources: ['engine/*'], matches: ['http://*/*', 'https://*/*'] }],
    browser_specific_settings: {
      gecko: { id: 'qingwen@example.org', data_collection_permissions: { required: ['none'] } },
    },
  }),
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      files.push(...(await buildEngineFiles()));
    },
  },
});
