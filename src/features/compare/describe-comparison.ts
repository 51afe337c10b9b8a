// Wording for the compare panel: a difference row, a time difference in words, a claim problem.
import type { TokenDifference } from '../../core/compare';
import type { ClaimStatus, ClaimVerdict } from '../../core/claims';
import { CLAIM_PROBLEM_KEYS } from '../../shared/claim-status-keys';
import { formatUtc } from '../../shared/format-time';
import type { MessagesOf } from '../../i18n/catalogue';
import { compareWordingMessages } from '../../i18n/en/compare-wording';

type Words = MessagesOf<typeof compareWordingMessages>;

const UNITS: ['unitD' | 'unitH' | 'unitMin' | 'unitS', number][] = [
  ['unitD', 86_400],
  ['unitH', 3_600],
  ['unitMin', 60],
  ['unitS', 1],
];

/** "2 h later", "1.5 d earlier", "the same time": how far the second time is from the first. */
export function describeTimeDifference(seconds: number, t: Words = compareWordingMessages.get()): string {
  if (seconds === 0) return t.sameTime;
  const abs = Math.abs(seconds);
  const [unitKey, size] = UNITS.find(([, s]) => abs >= s) ?? ['unitS', 1];
  const amount = Math.round((abs / size) * 10) / 10;
  const unit = t[unitKey];
  return seconds > 0 ? t.later({ amount, unit }) : t.earlier({ amount, unit });
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
export function describeDifference(d: TokenDifference, t: Words = compareWordingMessages.get()): string {
  if (d.part === 'signature') {
    if (d.change === 'added') return t.signatureAdded;
    if (d.change === 'removed') return t.signatureRemoved;
    return t.signaturesDiffer;
  }
  const where =
    d.path === ''
      ? d.part === 'header'
        ? t.wholeHeader
        : t.wholePayload
      : d.path.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
  const time = d.timeClaim === true;
  switch (d.change) {
    case 'added':
      return t.added({ where, value: describeValue(d.after, time) });
    case 'removed':
      return t.removed({ where, value: describeValue(d.before, time) });
    case 'changed':
      return d.secondsLater !== undefined
        ? t.changedTime({
            where,
            difference: describeTimeDifference(d.secondsLater, t),
            before: describeValue(d.before, true),
            after: describeValue(d.after, true),
          })
        : t.changed({ where, before: describeValue(d.before, time), after: describeValue(d.after, time) });
  }
}

const STATUS_KEYS: Partial<Record<ClaimStatus, keyof Words>> = CLAIM_PROBLEM_KEYS;

/** "exp: expired". */
export function describeClaimProblem(v: ClaimVerdict, t: Words = compareWordingMessages.get()): string {
  const key = STATUS_KEYS[v.status];
  return t.claimProblem({ claim: v.name, status: key ? (t[key] as string) : v.status });
}
