// The facts about a compact token that the library models branch on, read the way all three libraries agree on.

export interface TokenFacts {
  parts: string[];
  /** Every segment is plain base64url text of a possible length (the libraries' lenient decoders agree then). */
  segmentsPlain: boolean;
  header: SegmentJson;
  payload: SegmentJson;
}

/** A segment decoded as UTF-8 JSON: its value, or why not (`text` when it is UTF-8 but not JSON). */
export type SegmentJson = { json: true; value: unknown } | { json: false; utf8: boolean; text?: string };

const PLAIN = /^[A-Za-z0-9_-]*$/;

function decodeSegment(text: string): Uint8Array | undefined {
  if (!PLAIN.test(text) || text.length % 4 === 1) return undefined;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
  try {
    const binary = atob(padded);
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function readJson(bytes: Uint8Array | undefined): SegmentJson {
  if (!bytes) return { json: false, utf8: false };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { json: false, utf8: false };
  }
  try {
    return { json: true, value: JSON.parse(text) as unknown };
  } catch {
    return { json: false, utf8: true, text };
  }
}

/** Splits and decodes a compact token without judging it. */
export function readTokenFacts(token: string): TokenFacts {
  const parts = token.split('.');
  const segmentsPlain = parts.every((p) => PLAIN.test(p) && p.length % 4 !== 1);
  const header = readJson(decodeSegment(parts[0] ?? ''));
  const payload = readJson(decodeSegment(parts[1] ?? ''));
  return { parts, segmentsPlain, header, payload };
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
