// Build-time plugins: the initial chunk, the render-blocking CSS and scripts inlined, the Content-Security-Policy
// meta tag (with the inline scripts' hashes) and a precaching service worker for offline use.
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * The CSP of the built page (also documented in README for hosts that send headers). Scripts and workers only
 * from this origin, no eval; the only inline scripts are index.html's small head scripts from public/,
 * admitted by their hashes (`inlineScriptHashes`); styles allow inline because Monaco injects style elements
 * and the page's own CSS is inlined; connections to self plus https for the opt-in key discovery.
 */
export function contentSecurityPolicy(inlineScriptHashes: string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes.map((h) => `'${h}'`)].join(' '),
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
}

/**
 * Issue 23, first paint from HTML and CSS alone: in the built index.html, the classic head scripts from public/
 * (Trusted Types policy, theme) and the entry's stylesheet become inline, so nothing blocks the first paint on
 * a request; then the CSP meta tag is added, admitting exactly those inline scripts by hash. Not in dev, where
 * Vite's client needs inline script and the files are served as they are.
 */
export function inlineHeadAndPolicy(publicDir: string): Plugin {
  const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
  return {
    name: 'jwt-debugger:inline-head-and-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const hashes: string[] = [];
        let out = html.replace(/<script src="\/([\w-]+\.js)"><\/script>/g, (_tag, file: string) => {
          const code = readFileSync(join(publicDir, file), 'utf8').trim();
          hashes.push(sha256(code));
          return `<script>${code}</script>`;
        });
        out = out.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)">/g, (tag, file: string) => {
          const asset = ctx.bundle?.[file];
          if (!asset || asset.type !== 'asset') return tag;
          return `<style>${String(asset.source)}</style>`;
        });
        // The entry's script goes first, right after the CSP: its request then starts when parsing starts, not
        // after the parser has read the inline styles (on a slow CPU that was ~60 ms later, and its response
        // then waited behind a frame of the empty shell).
        const entries: { src: string }[] = [];
        out = out.replace(
          /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g,
          (_tag, src: string) => {
            entries.push({ src });
            return '';
          },
        );
        // The charset must be declared within the first 1024 bytes, ahead of the long CSP.
        out = out.replace(/\s*<meta charset="UTF-8" \/>/, '');
        return {
          html: out,
          tags: [
            { tag: 'meta', attrs: { charset: 'UTF-8' }, injectTo: 'head-prepend' },
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(hashes) },
              injectTo: 'head-prepend',
            },
            ...entries.map(({ src }) => ({
              tag: 'script',
              attrs: { type: 'module', crossorigin: true, src },
              injectTo: 'head-prepend' as const,
            })),
          ],
        };
      },
    },
  };
}

/**
 * Issue 23: the code that runs at startup comes in two chunks instead of a waterfall of a dozen small shared
 * chunks (six requests at a time over HTTP/1.1): `first`, everything the entry (main.tsx) imports statically (the
 * first verdict of a link, painted before React), and `app`, everything `appModule` (mount.tsx, loaded by main.tsx
 * once that verdict is painted: fetching and compiling it earlier delays the verdict on a slow CPU) imports
 * statically. Lazy chunks import what they share with the page from them. The sets are static import closures, read from the module graph once every module is parsed.
 */
export function startupChunks(
  appModule: string,
  /**
   * Modules the closures reach only through an area's index.ts re-exports, none of whose code runs at startup
   * (tree-shaking leaves them out of the startup chunks; a group would pull them in): left to the automatic
   * chunking. The size check in `npm test` catches one that should be added here.
   */
  notAtStartup: string[],
): {
  plugin: Plugin;
  groups: { name: string; test: (id: string) => boolean; priority: number }[];
} {
  const first = new Set<string>();
  const app = new Set<string>();
  const plugin: Plugin = {
    name: 'jwt-debugger:startup-chunks',
    apply: 'build',
    buildEnd() {
      const closure = (from: string[], into: Set<string>, except: Set<string>) => {
        into.clear();
        const stack = [...from];
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (into.has(id) || except.has(id)) continue;
          into.add(id);
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) stack.push(next);
        }
        for (const id of into) if (notAtStartup.some((m) => id.includes(m))) into.delete(id);
      };
      const ids = [...this.getModuleIds()];
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry);
      closure(entries, first, new Set());
      for (const id of entries) first.delete(id);
      closure(
        ids.filter((id) => id.endsWith(appModule)),
        app,
        first,
      );
    },
  };
  return {
    plugin,
    groups: [
      { name: 'first', test: (id) => first.has(id), priority: 2 },
      { name: 'app', test: (id) => app.has(id), priority: 1 },
    ],
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
