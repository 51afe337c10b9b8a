// Every combination the verdict bar can show: signature state × busy, decryption state × nested, claim problems.
import { describe, expect, it } from 'vitest';
import type { ClaimStatus, ClaimVerdict } from '../../core/claims';
import type { DecryptionReport } from '../../core/jwe';
import type { SignatureReport, SignatureState } from '../../core/jws';
import { computeVerdict, type VerdictInput, type VerdictTone } from './compute-verdict';

const NOW = 1_700_000_000;
const sig = (state: SignatureState, alg?: string): SignatureReport => ({ state, alg, warnings: [] });
const dec = (state: DecryptionReport['state']): DecryptionReport => ({ state });
const claim = (name: string, status: ClaimStatus, extra: Partial<ClaimVerdict> = {}): ClaimVerdict => ({
  name,
  value: 1,
  status,
  ...extra,
});
const expired = claim('exp', 'expired', { time: { seconds: NOW - 3 * 3600, looksLikeMilliseconds: false } });
const notYet = claim('nbf', 'not-yet-valid', { time: { seconds: NOW + 600, looksLikeMilliseconds: false } });
const future = claim('iat', 'issued-in-future', {
  time: { seconds: NOW + 600, looksLikeMilliseconds: false },
});
const audMismatch = claim('aud', 'mismatch', { expected: ['api', 'web'] });
const issMissing = claim('iss', 'missing', { expected: ['https://idp'] });
const subMismatch = claim('sub', 'mismatch', { expected: ['alice'] });
const typMismatch = claim('typ', 'mismatch', { expected: ['JWT'] });
const invalid = claim('exp', 'invalid');
const ok = claim('exp', 'ok', { time: { seconds: NOW + 600, looksLikeMilliseconds: false } });
const info = claim('name', 'info');

interface Row {
  name: string;
  input: Partial<VerdictInput>;
  tone: VerdictTone;
  text: string;
}

const jws = (state: SignatureState, busy = false, signing = false, alg?: string): Partial<VerdictInput> => ({
  signature: { report: sig(state, alg), busy },
  signing,
});
const jwe = (
  state: DecryptionReport['state'],
  busy = false,
  nested?: { state: SignatureState; busy?: boolean },
): Partial<VerdictInput> => ({
  signature: { report: sig('not-applicable'), busy: false },
  decryption: {
    report: dec(state),
    busy,
    nested: nested && { report: sig(nested.state), busy: nested.busy ?? false },
  },
});

// A signature's verdict on its own: a signed token's with no claims to judge, and after "Decrypted · " a nested one's.
const SIGNATURE_ALONE: [SignatureState, VerdictTone, string][] = [
  ['valid', 'good', 'Signature verified'],
  ['invalid', 'bad', 'Signature invalid'],
  ['no-key', 'neutral', 'Signature not checked (no key)'],
  ['key-error', 'bad', 'Key cannot be used'],
  ['unsecured', 'bad', 'Unsecured (alg none)'],
];

const rows: Row[] = [
  ...SIGNATURE_ALONE.map(([state, tone, text]): Row => ({ name: state, input: jws(state), tone, text })),
  {
    name: 'unsupported alg',
    input: jws('unsupported', false, false, 'ES256K'),
    tone: 'bad',
    text: 'Signature not checkable here (ES256K)',
  },
  {
    name: 'unsupported, alg unknown',
    input: jws('unsupported'),
    tone: 'bad',
    text: 'Signature not checkable here (unknown alg)',
  },
  { name: 'not applicable', input: jws('not-applicable'), tone: 'neutral', text: '' },
  // While a check or a re-sign runs, the words wait; the tone is the last report's.
  { name: 'valid, verifying', input: jws('valid', true), tone: 'good', text: '' },
  { name: 'invalid, verifying', input: jws('invalid', true), tone: 'bad', text: '' },
  { name: 'no key, re-signing', input: jws('no-key', false, true), tone: 'neutral', text: '' },
  { name: 'valid, re-signing', input: jws('valid', false, true), tone: 'good', text: '' },
  // Claims: every problem named, in order; none at all says claims OK; any problem makes the bar bad.
  {
    name: 'valid + claims ok',
    input: { ...jws('valid'), claims: [ok, info] },
    tone: 'good',
    text: 'Signature verified · claims OK',
  },
  {
    name: 'no key + claims ok',
    input: { ...jws('no-key'), claims: [ok] },
    tone: 'neutral',
    text: 'Signature not checked (no key) · claims OK',
  },
  {
    name: 'not applicable + claims ok',
    input: { ...jws('not-applicable'), claims: [ok] },
    tone: 'neutral',
    text: 'claims OK',
  },
  {
    name: 'verifying + claims ok',
    input: { ...jws('valid', true), claims: [ok] },
    tone: 'good',
    text: 'claims OK',
  },
  {
    name: 'valid + expired',
    input: { ...jws('valid'), claims: [expired, ok] },
    tone: 'bad',
    text: 'Signature verified · expired 3 hours ago',
  },
  {
    name: 'valid + not yet valid',
    input: { ...jws('valid'), claims: [notYet] },
    tone: 'bad',
    text: 'Signature verified · not valid yet (valid in 10 minutes)',
  },
  {
    name: 'valid + issued in future',
    input: { ...jws('valid'), claims: [future] },
    tone: 'bad',
    text: 'Signature verified · issued in the future (in 10 minutes)',
  },
  {
    name: 'valid + audience mismatch',
    input: { ...jws('valid'), claims: [audMismatch] },
    tone: 'bad',
    text: 'Signature verified · audience mismatch (expected api or web)',
  },
  {
    name: 'valid + issuer missing',
    input: { ...jws('valid'), claims: [issMissing] },
    tone: 'bad',
    text: 'Signature verified · issuer missing (expected https://idp)',
  },
  {
    name: 'valid + subject mismatch',
    input: { ...jws('valid'), claims: [subMismatch] },
    tone: 'bad',
    text: 'Signature verified · subject mismatch (expected alice)',
  },
  {
    name: 'valid + type mismatch',
    input: { ...jws('valid'), claims: [typMismatch] },
    tone: 'bad',
    text: 'Signature verified · type mismatch (expected JWT)',
  },
  {
    name: 'valid + invalid claim',
    input: { ...jws('valid'), claims: [invalid] },
    tone: 'bad',
    text: 'Signature verified · exp is invalid',
  },
  {
    name: 'no key + expired',
    input: { ...jws('no-key'), claims: [expired] },
    tone: 'bad',
    text: 'Signature not checked (no key) · expired 3 hours ago',
  },
  {
    name: 'invalid + several problems',
    input: { ...jws('invalid'), claims: [expired, notYet, future] },
    tone: 'bad',
    text: 'Signature invalid · expired 3 hours ago · not valid yet (valid in 10 minutes) · issued in the future (in 10 minutes)',
  },
  {
    name: 'invalid + claims ok',
    input: { ...jws('invalid'), claims: [ok] },
    tone: 'bad',
    text: 'Signature invalid · claims OK',
  },
  // An encrypted token: decryption first, then a nested signature when there is one.
  { name: 'JWE no key', input: jwe('no-key'), tone: 'neutral', text: 'Encrypted (no key to decrypt it)' },
  { name: 'JWE decrypted', input: jwe('decrypted'), tone: 'good', text: 'Decrypted' },
  { name: 'JWE failed', input: jwe('failed'), tone: 'bad', text: 'Decryption failed' },
  {
    name: 'JWE unsupported',
    input: jwe('unsupported'),
    tone: 'neutral',
    text: 'Cannot decrypt in this browser',
  },
  { name: 'JWE decrypting', input: jwe('no-key', true), tone: 'neutral', text: '' },
  { name: 'JWE failed, decrypting', input: jwe('failed', true), tone: 'bad', text: '' },
  {
    name: 'JWE decrypted, re-signing outside',
    input: { ...jwe('decrypted'), signing: true },
    tone: 'good',
    text: 'Decrypted',
  },
  {
    name: 'JWE decrypted + claims ok',
    input: { ...jwe('decrypted'), claims: [ok] },
    tone: 'good',
    text: 'Decrypted · claims OK',
  },
  {
    name: 'JWE decrypted + expired',
    input: { ...jwe('decrypted'), claims: [expired] },
    tone: 'bad',
    text: 'Decrypted · expired 3 hours ago',
  },
  ...SIGNATURE_ALONE.map(([state, tone, text]): Row => ({
    name: `nested ${state}`,
    input: jwe('decrypted', false, { state }),
    tone,
    text: `Decrypted · ${text}`,
  })),
  {
    name: 'nested verifying',
    input: jwe('decrypted', false, { state: 'valid', busy: true }),
    tone: 'good',
    text: '',
  },
  {
    name: 'nested valid + claims ok',
    input: { ...jwe('decrypted', false, { state: 'valid' }), claims: [ok] },
    tone: 'good',
    text: 'Decrypted · Signature verified · claims OK',
  },
  {
    name: 'nested no key + audience mismatch',
    input: { ...jwe('decrypted', false, { state: 'no-key' }), claims: [audMismatch] },
    tone: 'bad',
    text: 'Decrypted · Signature not checked (no key) · audience mismatch (expected api or web)',
  },
];

const base: VerdictInput = {
  hidden: false,
  signature: { report: sig('no-key'), busy: false },
  signing: false,
  claims: [],
  now: NOW,
};

describe('computeVerdict', () => {
  it.each(rows)('$name → $tone "$text"', ({ input, tone, text }) => {
    const verdict = computeVerdict({ ...base, ...input });
    expect(verdict.hidden).toBe(false);
    expect(verdict.tone).toBe(tone);
    expect(verdict.parts.join(' · ')).toBe(text);
  });

  it('shows nothing, neutral, for fewer than three parts whatever the reports say', () => {
    expect(computeVerdict({ ...base, ...jws('invalid'), claims: [expired], hidden: true })).toEqual({
      hidden: true,
      tone: 'neutral',
      parts: [],
    });
  });

  it('the table covers every signature state, decryption state and claim status', () => {
    const signatureStates = new Set<string>();
    const decryptionStates = new Set<string>();
    const claimStatuses = new Set<string>();
    for (const { input } of rows) {
      if (input.signature) signatureStates.add(input.signature.report.state);
      if (input.decryption?.nested) signatureStates.add(input.decryption.nested.report.state);
      if (input.decryption) decryptionStates.add(input.decryption.report.state);
      for (const c of input.claims ?? []) claimStatuses.add(c.status);
    }
    const allSignature: SignatureState[] = [
      'valid',
      'invalid',
      'no-key',
      'key-error',
      'unsecured',
      'unsupported',
      'not-applicable',
    ];
    const allDecryption: DecryptionReport['state'][] = ['no-key', 'decrypted', 'failed', 'unsupported'];
    const allClaims: ClaimStatus[] = [
      'ok',
      'expired',
      'not-yet-valid',
      'issued-in-future',
      'mismatch',
      'missing',
      'invalid',
      'info',
    ];
    expect([...signatureStates].sort()).toEqual([...allSignature].sort());
    expect([...decryptionStates].sort()).toEqual([...allDecryption].sort());
    expect([...claimStatuses].sort()).toEqual([...allClaims].sort());
  });
});
