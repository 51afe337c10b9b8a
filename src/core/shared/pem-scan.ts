// PEM blocks found with indexOf, not /-----BEGIN (…)-----([\s\S]*?)-----END \1-----/: that pattern restarts at
// every BEGIN line, so 720 KB of BEGIN lines with no END took 9 s. Here each label's END is searched once.

/** One PEM block: its label and the text between the BEGIN and END lines. */
export interface PemText {
  label: string;
  body: string;
}

const BEGIN = '-----BEGIN ';
const DASHES = '-----';
const MAX_LABEL = 64;

function isLabel(label: string): boolean {
  if (label.length === 0 || label.length > MAX_LABEL) return false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32)) return false;
  }
  return true;
}

/** Every well-formed PEM block in `text`, in order (a BEGIN without its END is skipped). */
export function scanPemBlocks(text: string, onlyLabel?: string): PemText[] {
  const blocks: PemText[] = [];
  const nextEnd = new Map<string, number>();
  let from = 0;
  for (;;) {
    const begin = text.indexOf(BEGIN, from);
    if (begin === -1) return blocks;
    const labelStart = begin + BEGIN.length;
    const labelEnd = text.indexOf(DASHES, labelStart);
    if (labelEnd === -1) return blocks;
    const label = text.slice(labelStart, labelEnd);
    if (!isLabel(label) || (onlyLabel !== undefined && label !== onlyLabel)) {
      from = labelStart;
      continue;
    }
    const end = `-----END ${label}-----`;
    const bodyStart = labelEnd + DASHES.length;
    // Where this label's next END is, remembered: 10,000 unclosed BEGIN lines search for it once, not 10,000 times.
    let endAt = nextEnd.get(label);
    if (endAt === undefined || (endAt !== -1 && endAt < bodyStart)) {
      endAt = text.indexOf(end, bodyStart);
      nextEnd.set(label, endAt);
    }
    if (endAt === -1) {
      from = labelStart;
      continue;
    }
    blocks.push({ label, body: text.slice(bodyStart, endAt) });
    from = endAt + end.length;
  }
}
