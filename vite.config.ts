// Vite build for the debugger: React, Monaco's workers as ES modules, a CSP, and an offline service worker.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readdirSync } from 'node:fs';
import { contentSecurityPolicy, precacheServiceWorker } from './scripts/vite-plugins.ts';

const publicFiles = readdirSync(new URL('./public', import.meta.url));

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), precacheServiceWorker(publicFiles)],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    // Monaco's codicon font inlined as data: would need font-src data:; emit files instead.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
