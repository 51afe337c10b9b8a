// Linear-time text helpers for user text. Regular expressions such as /=+$/ or /[^\n]{20000}/ retry from
// every start position and take quadratic time on crafted input (80,000 "=" then "A": seconds); these
// index loops look at each character once. Hand-written: each is a few lines, not worth a dependency.

/** `text` without the run of `char` at its end (like /char+$/ without the backtracking). */
export function trimTrailing(text: string, char: string): string {
  const code = char.charCodeAt(0);
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === code) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** True when some line of `text` (split on \n) has at least `length` characters. */
export function hasLineOfLength(text: string, length: number): boolean {
  if (text.length < length) return false;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start >= length) return true;
    if (end === -1) return false;
    start = end + 1;
  }
}
