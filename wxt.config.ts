import { defineConfig } from 'wxt';

export default defineConfig({
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Clausemark',
    description: 'Reads the fine print: highlights and explains the clauses that matter in terms and privacy policies. Everything stays on your machine.',
    // storage: the reader's settings (sync) and nothing else; the history lives in IndexedDB.
    permissions: ['storage'],
    action: { default_title: 'Clausemark' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'clausemark@clausemark.org',
              // The CSS Custom Highlight API arrived in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-collection declaration from version 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
