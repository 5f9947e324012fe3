import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { webLibraryAliases } from '../../libs/web/vite-aliases.mjs';

/**
 * The trader portal's single-page app, built into dist/portal and served by services/portal/server
 * (one origin with the APIs behind it). `npx vite build --config services/portal/vite.config.mts`.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { alias: webLibraryAliases },
  // The request schemas of the form checks and Mantine make one chunk over Vite's default warning size.
  build: { outDir: resolve(import.meta.dirname, '../../dist/portal'), emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
