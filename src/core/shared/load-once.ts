// Dynamic imports on a hot path, made once. Chromium settles every import() in a task of its own, even for a
// module that is already loaded, behind whatever is queued (a frame, React's deferred work, Monaco's timers): a
// signature check that awaited four of them took four such turns on every paste (issue 23, paste → valid).

/**
 * Wraps `load` (a `() => import(…)`): the first call returns its promise, every call after it has settled
 * returns the module itself, so `await` costs a microtask rather than a task.
 */
export function loadOnce<T>(load: () => Promise<T>): () => T | Promise<T> {
  let loaded: T | undefined;
  return () =>
    loaded ??
    load().then((m) => {
      loaded = m;
      return m;
    });
}
