// A token longer than this is large: it is not colour-coded, not wrapped, and not drawn until the user asks
// (token-pane.tsx says why); the first verdict painted before React (app/first-verdict.ts) does not draw it either.
export const LARGE_TOKEN = 100_000;
