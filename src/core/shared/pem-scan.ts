// PEM blocks without /-----BEGIN (…)-----([\s\S]*?)-----END \1-----/ over the whole text: that pattern restarts
// at every BEGIN line and scans to the end, so 720 KB of BEGIN lines with no END took 9 s. Cut at each BEGIN
// first (one linear split), then match anchored within one piece: every character is read a bounded number of times.

/** One PEM block: its label and the text between the BEGIN and END lines. */
export interface PemText {
  label: string;
  body: string;
}

const BLOCK = /^([A-Z0-9 ]{1,64})-----([\s\S]*?)-----END \1-----/;

/** Every well-formed PEM block in `text`, in order (a BEGIN without its END is skipped); only `onlyLabel`'s if given. */
export function scanPemBlocks(text: string, onlyLabel?: string): PemText[] {
  const blocks: PemText[] = [];
  for (const piece of text.split('-----BEGIN ').slice(1)) {
    const match = BLOCK.exec(piece);
    if (match && (onlyLabel === undefined || match[1] === onlyLabel))
      blocks.push({ label: match[1] ?? '', body: match[2] ?? '' });
  }
  return blocks;
}
