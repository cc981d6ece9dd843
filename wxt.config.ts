import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildEngineFiles, engineStaticChunks, type EngineFile } from './scripts/build-engine';

// The engine is built once per build: its static chunks are named in the content script
// (__QINGWEN_ENGINE_CHUNKS__, fetched beside engine.js), and its files are then emitted.
let engineBuild: Promise<EngineFile[]> | undefined;
const engineFiles = () => (engineBuild ??= buildEngineFiles());

// Extension pages (popup, library) render saved web content: no script but our own files,
// no plugins, no inline styles or handlers, no framing; images may come from anywhere. Our own
// scripts may fetch web images (connect-src): the background for "Keep image files" on other
// hosts, the library for an EPUB's images; the same CSP governs the service worker.
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "style-src 'self'",
  "img-src 'self' data: blob: https: http:",
  "connect-src 'self' https: http:",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// The content script stays tiny; everything heavy lives in ES-module chunks under
// /engine/, imported on demand once a page is known to be Chinese.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  vite: async () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
    define: { __QINGWEN_ENGINE_CHUNKS__: JSON.stringify(engineStaticChunks(await engineFiles())) },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['unlimitedStorage'])],
    // "Keep image files" asks for these when the reader ticks the box (never at install), so the
    // background can fetch images from other hosts.
    ...(manifestVersion === 2
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    content_security_policy:
      manifestVersion === 2 ? (EXTENSION_PAGES_CSP as never) : { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'toggle-page': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandTogglePage__',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveArticle__',
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
      files.push(...(await engineFiles()));
      engineBuild = undefined; // the next build (watch mode) builds the engine again
    },
  },
});
