import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: {
    name: 'Clausemark',
    description: 'Reads the fine print: highlights and explains the clauses that matter in terms and privacy policies. Everything stays on your machine.',
    permissions: ['storage'],
    action: { default_title: 'Clausemark' },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
