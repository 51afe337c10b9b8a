// The facts about a compact token that the library models branch on, read the way all three libraries agree on.
import { decodeBase64url } from '../shared/base64url';
import { parseJsonWithin } from '../shared/json';

export interface TokenFacts {
  parts: string[];
  /**
   * Every segment is plain base64url text of a possible length (the libraries' lenient decoders agree then), and
   * no JSON in it nests past the page's depth limit.
   */
  segmentsPlain: boolean;
  header: SegmentJson;
  payload: SegmentJson;
}

/** A segment decoded as UTF-8 JSON: its value, or why not (`text` when it is UTF-8 but not JSON). */
export type SegmentJson =
  { json: true; value: unknown } | { json: false; utf8: boolean; text?: string; tooDeep?: boolean };

const PLAIN = /^[A-Za-z0-9_-]*$/;

function decodeSegment(text: string): Uint8Array | undefined {
  if (!PLAIN.test(text) || text.length % 4 === 1) return undefined;
  // The page's own table-driven decoder: a multi-megabyte segment in milliseconds (atob plus a per-byte copy
  // took seconds on every keystroke).
  try {
    return decodeBase64url(text);
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
  // Depth-limited: JSON.parse on millions of nested brackets blocks the tab for seconds.
  const parsed = parseJsonWithin(text);
  if ('value' in parsed) return { json: true, value: parsed.value };
  return 'tooDeep' in parsed ? { json: false, utf8: true, tooDeep: true } : { json: false, utf8: true, text };
}

// The last token's facts: the three library models each start from them, and the panel asks again whenever an
// option or the clock (once a second) changes: a 1 MB token was decoded three times a second.
let last: { token: string; facts: TokenFacts } | undefined;

/** Splits and decodes a compact token without judging it (the models only read what it returns). */
export function readTokenFacts(token: string): TokenFacts {
  if (last?.token !== token) last = { token, facts: decodeFacts(token) };
  return last.facts;
}

function decodeFacts(token: string): TokenFacts {
  const parts = token.split('.');
  const segmentsPlain = parts.every((p) => PLAIN.test(p) && p.length % 4 !== 1);
  const header = readJson(decodeSegment(parts[0] ?? ''));
  const payload = readJson(decodeSegment(parts[1] ?? ''));
  // JSON nested past the page's limit: the libraries' parsers differ there (Python's recursion limit), so the
  // models treat it as an unusual token and answer "unknown".
  const tooDeep = (!header.json && header.tooDeep === true) || (!payload.json && payload.tooDeep === true);
  return { parts, segmentsPlain: segmentsPlain && !tooDeep, header, payload };
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
