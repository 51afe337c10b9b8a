// Finds members named twice in one JSON object: `{"alg":"HS256","alg":"none"}`. JSON.parse keeps the last
// silently and other libraries keep the first, so a reader must be told. Hand-written, one linear pass over
// the text (no regular expression, no recursion): JSON.parse cannot report duplicates, and the npm parsers
// that can are larger than this scan. Run only on text JSON.parse has already accepted.

/** One member that appears twice in the same object: its path, name and the two values as written. */
export interface DuplicateMember {
  /** The names of the objects it sits in, from the top (empty for a top-level member). */
  path: string[];
  member: string;
  first: string;
  second: string;
}

const MAX_VALUE_TEXT = 80;
const MAX_REPORTED = 20;

interface Frame {
  object: boolean;
  /** Member name → where its value is written (objects only). */
  seen?: Map<string, number>;
  /** The member whose value is being read, and where that value starts. */
  key?: string;
  valueStart?: number;
  /** The name this container has in its parent object, for paths. */
  name?: string;
}

const clip = (s: string): string => (s.length > MAX_VALUE_TEXT ? `${s.slice(0, MAX_VALUE_TEXT)}…` : s);

/** Lists duplicate members in valid JSON `text` (at most 20), in text order. Never throws. */
export function findDuplicateMembers(text: string): DuplicateMember[] {
  const found: DuplicateMember[] = [];
  const stack: Frame[] = [];
  const path = (): string[] => stack.flatMap((f) => (f.name === undefined ? [] : [f.name]));

  // A value of the innermost object ended at `end`: remember it, or report the member's second use.
  const valueEnded = (end: number): void => {
    const frame = stack[stack.length - 1];
    if (!frame?.object || frame.key === undefined || frame.valueStart === undefined || !frame.seen) return;
    // Where the value is, packed in one number (start × 128 + clipped length): no string is cut for the
    // members that are not repeated, which is nearly all of them.
    const at = frame.valueStart * 128 + Math.min(end - frame.valueStart, MAX_VALUE_TEXT + 1);
    const earlier = frame.seen.get(frame.key);
    if (earlier === undefined) frame.seen.set(frame.key, at);
    else if (found.length < MAX_REPORTED)
      found.push({ path: path(), member: frame.key, first: valueText(earlier), second: valueText(at) });
    frame.key = undefined;
    frame.valueStart = undefined;
  };
  const valueText = (at: number): string => {
    const start = Math.floor(at / 128);
    return clip(text.slice(start, start + (at % 128)));
  };

  let expectKey = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: find its end, skipping escapes.
      // A string: its end is the next quote not escaped by an odd run of backslashes (indexOf, not a loop).
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) return found;
        let b = q - 1;
        while (b > i && text.charCodeAt(b) === 92) b--;
        j = q;
        if ((q - 1 - b) % 2 === 0) break;
        j = q + 1;
      }
      const end = j + 1;
      const frame = stack[stack.length - 1];
      if (expectKey && frame?.object) {
        let key = text.slice(i + 1, j);
        if (key.includes('\\')) {
          try {
            key = JSON.parse(text.slice(i, end)) as string;
          } catch {
            return found;
          }
        }
        frame.key = key;
        expectKey = false;
      } else {
        valueEnded(end);
      }
      i = end;
      continue;
    }
    if (c === 123 || c === 91) {
      const parent = stack[stack.length - 1];
      if (parent?.object && parent.key !== undefined) parent.valueStart = i;
      const frame: Frame = { object: c === 123, name: parent?.object ? parent.key : undefined };
      if (frame.object) frame.seen = new Map();
      stack.push(frame);
      expectKey = frame.object;
      i++;
      continue;
    }
    if (c === 125 || c === 93) {
      stack.pop();
      valueEnded(i + 1);
      expectKey = false;
      i++;
      continue;
    }
    if (c === 58) {
      // After a colon: the value starts at the next non-space character.
      let j = i + 1;
      while (
        j < n &&
        (text.charCodeAt(j) === 32 ||
          text.charCodeAt(j) === 9 ||
          text.charCodeAt(j) === 10 ||
          text.charCodeAt(j) === 13)
      )
        j++;
      const frame = stack[stack.length - 1];
      if (frame?.object) frame.valueStart = j;
      i = j;
      continue;
    }
    if (c === 44) {
      expectKey = stack[stack.length - 1]?.object === true;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    // A number, true, false or null: runs to the next delimiter.
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 9 || d === 10 || d === 13) break;
      j++;
    }
    valueEnded(j);
    i = j;
  }
  return found;
}
