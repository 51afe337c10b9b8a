// Wording for the compare panel: a difference row, a time difference in words, a claim problem.
import type { TokenDifference } from '../../core/compare';
import type { ClaimVerdict } from '../../core/claims';
import { formatUtc } from '../../shared/format-time';

const UNITS: [string, number][] = [
  ['d', 86_400],
  ['h', 3_600],
  ['min', 60],
  ['s', 1],
];

/** "2 h later", "1.5 d earlier", "the same time": how far the second time is from the first. */
export function describeTimeDifference(seconds: number): string {
  if (seconds === 0) return 'the same time';
  const abs = Math.abs(seconds);
  const [unit, size] = UNITS.find(([, s]) => abs >= s) ?? ['s', 1];
  const amount = Math.round((abs / size) * 10) / 10;
  return `${amount} ${unit} ${seconds > 0 ? 'later' : 'earlier'}`;
}

const MAX_VALUE = 80;

/** A JSON value in a line: numbers of time claims as UTC times, long values cut. */
export function describeValue(value: unknown, time = false): string {
  if (time && typeof value === 'number' && Number.isFinite(value)) return formatUtc(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

/** One difference in a sentence, e.g. "exp 2 h later: 2026-11-30T10:00:00Z → 2026-11-30T12:00:00Z". */
export function describeDifference(d: TokenDifference): string {
  if (d.part === 'signature') {
    if (d.change === 'added') return 'Only the second token has a signature.';
    if (d.change === 'removed') return 'Only the first token has a signature.';
    return 'The signatures differ.';
  }
  const where =
    d.path === '' ? `the whole ${d.part}` : d.path.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
  const time = d.timeClaim === true;
  switch (d.change) {
    case 'added':
      return `${where}: only in the second token (${describeValue(d.after, time)})`;
    case 'removed':
      return `${where}: only in the first token (${describeValue(d.before, time)})`;
    case 'changed':
      return d.secondsLater !== undefined
        ? `${where} ${describeTimeDifference(d.secondsLater)}: ${describeValue(d.before, true)} → ${describeValue(d.after, true)}`
        : `${where}: ${describeValue(d.before, time)} → ${describeValue(d.after, time)}`;
  }
}

const STATUS_WORDS: Record<string, string> = {
  expired: 'expired',
  'not-yet-valid': 'not valid yet',
  'issued-in-future': 'issued in the future',
  mismatch: 'does not match the expected value',
  missing: 'missing',
  invalid: 'not a valid value',
};

/** "exp: expired". */
export function describeClaimProblem(v: ClaimVerdict): string {
  return `${v.name}: ${STATUS_WORDS[v.status] ?? v.status}`;
}
