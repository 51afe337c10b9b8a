// Vite build for the debugger: React, the startup code in two chunks, Monaco's workers as ES modules,
// inlined head CSS and scripts, a CSP, and an offline service worker.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readdirSync } from 'node:fs';
import { inlineHeadAndPolicy, precacheServiceWorker, startupChunks } from './scripts/vite-plugins.ts';

const publicFiles = readdirSync(new URL('./public', import.meta.url));
const startup = startupChunks('/src/app/mount.tsx', [
  '/node_modules/jose/',
  '/src/core/shared/crypto-errors.ts',
  '/src/core/shared/number-reasons.ts',
  '/src/core/token/reencode.ts',
  '/src/core/claims/duration.ts',
]);

export default defineConfig({
  plugins: [react(), startup.plugin, inlineHeadAndPolicy('public'), precacheServiceWorker(publicFiles)],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    // Monaco's codicon font inlined as data: would need font-src data:; emit files instead.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: { codeSplitting: { groups: startup.groups, includeDependenciesRecursively: false } },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
