// JSON.parse with a nesting limit: V8 parses millions of nested brackets, but for seconds on the main thread,
// and JSON.stringify (and any recursive walk) overflows the stack on what it returns. No real header, claims
// set or key nests anywhere near the limit. Hand-written because it is one linear scan, not worth a library.

/** The deepest nesting of arrays and objects that is parsed; deeper JSON is refused as text. */
export const MAX_JSON_DEPTH = 1000;

/** True when brackets outside JSON strings nest deeper than `limit` (a linear scan, no allocation). */
export function nestsDeeperThan(text: string, limit: number = MAX_JSON_DEPTH): boolean {
  // Nesting deeper than `limit` takes more than `limit` characters: an ordinary header is never scanned.
  if (text.length <= limit) return false;
  // Nor without more than `limit` opening brackets: counted by indexOf (native), as the loop below runs
  // unoptimised on its first megabyte (100–300 ms for a 1 MB claims set on a busy 2-core machine).
  if (openers(text, limit) <= limit) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** How many '{' and '[' `text` holds (in strings too), counting no further than `limit + 1`. */
function openers(text: string, limit: number): number {
  let count = 0;
  for (const bracket of ['{', '[']) {
    for (let i = text.indexOf(bracket); i !== -1 && count <= limit; i = text.indexOf(bracket, i + 1)) count++;
  }
  return count;
}

export type ParsedJson = { value: unknown } | { error: string } | { tooDeep: number };

/** Parses JSON text, or says why not: a syntax error's message, or the nesting limit it passes. Never throws. */
export function parseJsonWithin(text: string, limit: number = MAX_JSON_DEPTH): ParsedJson {
  if (nestsDeeperThan(text, limit)) return { tooDeep: limit };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
