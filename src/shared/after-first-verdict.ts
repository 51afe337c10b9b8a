// Issue 23: nothing but the verdict path loads before the first verdict is painted. Monaco and the panels that
// are not needed for it wait here; the layout (app.tsx) opens the gate once the verdict is on screen, and the
// waiting loads then start at the next idle moment, so they never compete with the verdict.
import { useEffect, useState } from 'react';

let open: () => void = () => {};
let opened = false;
const gate = new Promise<void>((resolve) => {
  open = resolve;
});
const listeners = new Set<() => void>();

/** Resolves after the first verdict has been painted and the page was idle once. */
export function afterFirstVerdict(): Promise<void> {
  return gate;
}

export function isAfterFirstVerdict(): boolean {
  return opened;
}

/** Calls `fn` once the gate is open (now if it already is); returns an unsubscribe. */
export function onAfterFirstVerdict(fn: () => void): () => void {
  if (opened) {
    fn();
    return () => {};
  }
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function openNow() {
  if (opened) return;
  opened = true;
  open();
  for (const fn of listeners) fn();
  listeners.clear();
}

/** Called when the first verdict is in the DOM: waits for its paint (a frame, then a task), then for idle. */
export function firstVerdictShown(): void {
  if (opened || typeof window === 'undefined') return openNow();
  const idle = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(openNow, { timeout: 500 })
      : setTimeout(openNow, 50);
  requestAnimationFrame(() => setTimeout(idle, 0));
}

// Whatever happens, the rest of the app is never held back for long: a page where no verdict is ever shown
// (a crash, a test that renders one panel) opens the gate after a few seconds.
if (typeof window !== 'undefined') setTimeout(openNow, 5000);

/** True once the gate is open: for parts of the layout that should not even mount before the verdict. */
export function useAfterFirstVerdict(): boolean {
  const [after, setAfter] = useState(opened);
  useEffect(() => (after ? undefined : onAfterFirstVerdict(() => setAfter(true))), [after]);
  return after;
}
