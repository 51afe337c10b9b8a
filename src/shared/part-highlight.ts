// Links a token part with the pane that shows it: one data attribute on the app root, styled in CSS.
// No React state, so hovering never re-renders the editors.

export type TokenPart = 'header' | 'payload' | 'signature';

/** Marks `part` (or nothing) as the one the user points at or is in. */
export function highlightPart(from: Element, part: TokenPart | undefined): void {
  const root = from.closest('.app');
  if (!(root instanceof HTMLElement)) return;
  if (part) root.dataset.activePart = part;
  else delete root.dataset.activePart;
}

/** Event handlers that highlight `part` while the element is hovered or holds focus. */
export function partHighlightHandlers(part: TokenPart) {
  const on = (e: { currentTarget: Element }) => highlightPart(e.currentTarget, part);
  const off = (e: { currentTarget: Element }) => highlightPart(e.currentTarget, undefined);
  return { onMouseEnter: on, onMouseLeave: off, onFocus: on, onBlur: off };
}
