// Vite build for the debugger: React, the page's code in one initial chunk, Monaco's workers as ES modules,
// inlined head CSS and scripts, a CSP, and an offline service worker.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readdirSync } from 'node:fs';
import { initialChunk, inlineHeadAndPolicy, precacheServiceWorker } from './scripts/vite-plugins.ts';

const publicFiles = readdirSync(new URL('./public', import.meta.url));
const initial = initialChunk();

export default defineConfig({
  plugins: [react(), initial.plugin, inlineHeadAndPolicy('public'), precacheServiceWorker(publicFiles)],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    // Monaco's codicon font inlined as data: would need font-src data:; emit files instead.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', test: initial.test }] } },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
