import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/token';
import { readSdJwt } from './read';
import { checkKeyBinding, computeSdHash } from './key-binding';
import rfc from './fixtures/rfc9901.json';
import { payloadOf } from './test-support';

const options = {
  now: rfc.kbIat + 60,
  clockTolerance: 0,
  audience: [rfc.kbAudience],
  nonce: rfc.kbNonce,
};

async function check(text: string, opts = options, payload = payloadOf(text)) {
  return checkKeyBinding(await readSdJwt(text, payload), payload, opts);
}

describe('checkKeyBinding over RFC 9901 examples', () => {
  it.each([
    ['§5.2', rfc.s5_presentation],
    ['A.3', rfc.a3_presentation],
  ])('accepts the %s SD-JWT+KB', async (_name, text) => {
    const report = await check(text);
    expect(report.checks.filter((c) => c.status !== 'ok')).toEqual([]);
    expect(report.state).toBe('valid');
  });

  it('computes the sd_hash the RFC gives for A.3 over the text up to the last tilde', async () => {
    const reading = await readSdJwt(rfc.a3_presentation, payloadOf(rfc.a3_presentation));
    expect(await computeSdHash(reading.boundText, 'sha-256')).toBe(rfc.a3_kb_payload.sd_hash);
    // Without the trailing tilde the hash differs: §4.3.1 includes it.
    expect(await computeSdHash(reading.boundText.slice(0, -1), 'sha-256')).not.toBe(
      rfc.a3_kb_payload.sd_hash,
    );
  });

  it('is absent when there is no KB-JWT', async () => {
    expect((await check(rfc.s5_issuance)).state).toBe('absent');
  });

  it('is a mismatch when a disclosure was dropped after binding (sd_hash)', async () => {
    const text = rfc.s5_presentation;
    const first = text.indexOf('~');
    const second = text.indexOf('~', first + 1);
    const report = await check(text.slice(0, first) + text.slice(second));
    expect(report.state).toBe('mismatch');
    expect(report.checks.find((c) => c.check === 'sd_hash')?.status).toBe('fail');
  });

  it.each([
    ['nonce', { ...options, nonce: 'other' }],
    ['aud', { ...options, audience: ['https://someone-else.example'] }],
    ['iat', { ...options, now: rfc.kbIat - 3600 }],
  ] as [string, typeof options][])('is a mismatch on a wrong %s', async (name, opts) => {
    const report = await check(rfc.s5_presentation, opts);
    expect(report.state).toBe('mismatch');
    expect(report.checks.find((c) => c.check === name)?.status).toBe('fail');
  });

  it('accepts an iat in the future within the clock tolerance', async () => {
    const report = await check(rfc.s5_presentation, { ...options, now: rfc.kbIat - 30, clockTolerance: 60 });
    expect(report.state).toBe('valid');
  });

  it('skips aud and nonce when nothing is expected', async () => {
    const report = await check(rfc.s5_presentation, { ...options, audience: [], nonce: '' });
    expect(report.state).toBe('valid');
    expect(report.checks.find((c) => c.check === 'nonce')?.status).toBe('skipped');
  });

  it('is invalid when the KB-JWT signature does not verify with cnf', async () => {
    const text = rfc.s5_presentation;
    const tampered = text.slice(0, -4) + (text.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect((await check(tampered)).state).toBe('invalid');
  });

  it('is no-key when the issuer JWT has no cnf', async () => {
    const kb = rfc.s5_presentation.slice(rfc.s5_presentation.lastIndexOf('~') + 1);
    const text = rfc.a1_presentation + kb;
    expect((await check(text)).state).toBe('no-key');
  });
});

describe('the issuer JWT of an SD-JWT', () => {
  it.each([
    ['§5.2', rfc.s5_presentation],
    ['A.2', rfc.a2_presentation],
    ['A.3', rfc.a3_presentation],
  ])('verifies like any JWS with the RFC issuer key (%s)', async (_name, text) => {
    const { verifyDecodedToken } = await import('../jws/verify');
    const { parseKeyInput } = await import('../keys/keys');
    const report = await verifyDecodedToken(decodeToken(text), parseKeyInput(JSON.stringify(rfc.issuerKey)));
    expect(report.state).toBe('valid');
  });
});
