// Build-time plugins: the Content-Security-Policy meta tag and a precaching service worker for offline use.
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';

/**
 * The CSP of the built page (also documented in README for hosts that send headers).
 * Scripts and workers only from this origin, no eval, no inline script; styles allow inline because
 * Monaco injects style elements; connections to self plus https for the opt-in key discovery.
 */
/** The Trusted Types policies monaco-editor creates (grep createTrustedTypesPolicy in its esm build). */
const MONACO_POLICIES = [
  'defaultWorkerFactory',
  'diffEditorWidget',
  'diffReview',
  'domLineBreaksComputer',
  'editorGhostText',
  'editorViewLayer',
  'richScreenReaderContent',
  'standaloneColorizer',
  'stickyScrollViewLayer',
  'tokenizeToString',
  'dompurify',
];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Trusted Types: only Monaco's own policies (Monaco's worker factory is bundled twice, hence duplicates)
  // and the page's default one (public/trusted-types.js). The default policy admits script URLs of this
  // origin only (Vite's workers, the service worker) and has no HTML or script rule, so no string ever
  // reaches innerHTML or a script element.
  "require-trusted-types-for 'script'",
  `trusted-types default ${MONACO_POLICIES.join(' ')} 'allow-duplicates'`,
].join('; ');

/** Adds the CSP meta tag to the built index.html (not in dev, where Vite's client needs inline script). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'jwt-debugger:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * Emits sw.js listing every built file (Monaco's chunks and workers included) so the whole app
 * works offline after one visit. Written here rather than with a PWA plugin: it is 40 lines and
 * adds nothing to the page's bundle.
 */
export function precacheServiceWorker(publicFiles: string[]): Plugin {
  return {
    name: 'jwt-debugger:service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = ['./', ...publicFiles.map((f) => `./${f}`), ...Object.keys(bundle).map((f) => `./${f}`)]
        .filter((f) => !f.endsWith('.map') && f !== './sw.js')
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = `// Precaches the whole app for offline use; generated at build time (scripts/vite-plugins.ts).
const CACHE = 'jwt-debugger-${version}';
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  // Only this origin's GETs: key discovery (opt-in, cross-origin) always goes to the network.
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.match(event.request, { ignoreSearch: event.request.mode === 'navigate', ignoreVary: true }).then(
      (hit) =>
        hit ||
        // ignoreVary: dev and preview servers answer with 'Vary: Origin', and module scripts send an Origin.
        fetch(event.request).catch(() =>
          event.request.mode === 'navigate' ? caches.match('./') : Response.error(),
        ),
    ),
  );
});
`;
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
