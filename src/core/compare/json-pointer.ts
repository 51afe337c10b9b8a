// JSON Pointers (RFC 6901) for the places two JSON documents differ.

/** Escapes one reference token: `~` → `~0` first, then `/` → `~1` (RFC 6901 §3). */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The JSON Pointer for a path of member names and array indexes; `''` is the whole document. */
export function toJsonPointer(path: readonly (string | number)[]): string {
  return path.map((t) => `/${escapePointerToken(String(t))}`).join('');
}
