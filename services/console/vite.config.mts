import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { webLibraryAliases } from '../../libs/web/vite-aliases.mjs';

/**
 * The console's single-page app, built into dist/console and served by services/console/server
 * (one origin with the APIs behind it). `npx vite build --config services/console/vite.config.mts`.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { alias: webLibraryAliases },
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/console'),
    emptyOutDir: true,
    // The charts library is large: the dashboards import it lazily, in a chunk of its own.
    chunkSizeWarningLimit: 1500,
  },
});
