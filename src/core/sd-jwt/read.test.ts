import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/token';
import type { JsonObject } from '../token/token';
import { encodeBase64urlText } from '../shared/base64url';
import { digestDisclosure, readSdJwt } from './read';
import rfc from './fixtures/rfc9901.json';
import { payloadOf } from './test-support';

async function read(text: string) {
  return readSdJwt(text, payloadOf(text));
}

/** An unsigned issuer JWT over `payload` (the signature is not read here). */
function issuerJwt(payload: JsonObject): string {
  return `${encodeBase64urlText('{"alg":"ES256"}')}.${encodeBase64urlText(JSON.stringify(payload))}.c2ln`;
}

const disclosure = (parts: unknown[]) => encodeBase64urlText(JSON.stringify(parts));

describe('decodeToken routes an SD-JWT', () => {
  it('decodes the issuer JWT of an SD-JWT and keeps the whole text', () => {
    const decoded = decodeToken(rfc.s5_presentation);
    expect(decoded.tokenProblem).toBeUndefined();
    expect(decoded.kind).toBe('jws');
    expect(decoded.sdJwt?.text).toBe(rfc.s5_presentation);
    expect(decoded.token).toBe(rfc.s5_presentation.slice(0, rfc.s5_presentation.indexOf('~')));
    expect(decoded.parts).toHaveLength(3);
    expect(decoded.header?.value?.typ).toBe('example+sd-jwt');
  });

  it('leaves a plain JWS alone', () => {
    const jws = rfc.s5_issuance.slice(0, rfc.s5_issuance.indexOf('~'));
    expect(decodeToken(jws).sdJwt).toBeUndefined();
  });
});

describe('readSdJwt over RFC 9901 §5', () => {
  it('computes each disclosure digest the RFC lists', async () => {
    for (const { disclosure: raw, digest } of rfc.s5_disclosures) {
      expect(await digestDisclosure(raw, 'sha-256')).toBe(digest);
    }
  });

  it('places every disclosure of the issued SD-JWT, with no problem', async () => {
    const reading = await read(rfc.s5_issuance);
    expect(reading.problems).toEqual([]);
    expect(reading.disclosures).toHaveLength(10);
    expect(reading.disclosures.every((d) => d.status === 'ok')).toBe(true);
    expect(reading.undisclosedCount).toBe(0);
    expect(reading.keyBindingJwt).toBeUndefined();
    const byName = Object.fromEntries(reading.disclosures.map((d) => [d.path, d]));
    expect(byName.given_name).toMatchObject({
      salt: '2GLC42sKQveCfGfryNRN9w',
      value: 'John',
      foundIn: '_sd',
    });
    expect(byName['nationalities[0]']).toMatchObject({ arrayElement: true, value: 'US', foundIn: '...' });
    expect(byName['nationalities[1]']).toMatchObject({ value: 'DE' });
    expect(reading.processed.nationalities).toEqual(['US', 'DE']);
    expect(reading.processed).not.toHaveProperty('_sd');
    expect(reading.processed).not.toHaveProperty('_sd_alg');
    expect(reading.processed).toHaveProperty('cnf');
  });

  it('gives the RFC processed payload for the §5.2 presentation and splits off its KB-JWT', async () => {
    const reading = await read(rfc.s5_presentation);
    expect(reading.processed).toEqual(rfc.s5_processed);
    expect(reading.problems).toEqual([]);
    // 8 object digests + 2 array digests, 4 disclosed
    expect(reading.undisclosedCount).toBe(6);
    expect(reading.keyBindingJwt).toMatch(/^eyJ[^~]+$/);
    expect(reading.boundText.endsWith('~')).toBe(true);
    expect(reading.boundText + reading.keyBindingJwt).toBe(rfc.s5_presentation);
  });

  it.each([
    ['A.1 (structured)', rfc.a1_presentation, rfc.a1_processed],
    ['A.2 (recursive, complex)', rfc.a2_presentation, rfc.a2_processed],
    ['A.3 (SD-JWT VC)', rfc.a3_presentation, rfc.a3_processed],
  ])('gives the processed payload of Appendix %s', async (_name, text, processed) => {
    const reading = await read(text);
    expect(reading.problems).toEqual([]);
    expect(reading.processed).toEqual(processed);
  });

  it('places disclosures found inside other disclosures (A.2)', async () => {
    const reading = await read(rfc.a2_presentation);
    const paths = reading.disclosures.map((d) => d.path);
    expect(paths).toContain('verified_claims.verification.evidence[0]');
    expect(paths).toContain('verified_claims.verification.evidence[0].method');
  });
});

describe('readSdJwt reports each §7.1 problem', () => {
  const given = disclosure(['salt-1', 'given_name', 'John']);
  const family = disclosure(['salt-2', 'family_name', 'Doe']);

  async function sdJwt(payload: (d: Record<string, string>) => JsonObject, tail: string[]) {
    const digests: Record<string, string> = {};
    for (const [k, v] of Object.entries({ given, family })) digests[k] = await digestDisclosure(v, 'sha-256');
    const jwt = issuerJwt(payload(digests));
    return read(`${jwt}~${tail.join('~')}~`);
  }

  it('an unreferenced disclosure', async () => {
    const r = await sdJwt((d) => ({ _sd: [d.given] }), [given, family]);
    expect(r.disclosures.map((d) => d.status)).toEqual(['ok', 'unreferenced']);
    expect(r.problems).toContainEqual({ code: 'sd-disclosure-unreferenced', index: 1 });
  });

  it('the same digest twice in the payload', async () => {
    const r = await sdJwt((d) => ({ _sd: [d.given], address: { _sd: [d.given] } }), [given]);
    expect(r.problems.map((p) => p.code)).toContain('sd-digest-repeated');
    expect(r.disclosures[0]?.status).toBe('duplicate');
  });

  it('the same disclosure presented twice', async () => {
    const r = await sdJwt((d) => ({ _sd: [d.given] }), [given, given]);
    expect(r.disclosures.map((d) => d.status)).toEqual(['ok', 'duplicate']);
    expect(r.problems).toContainEqual({ code: 'sd-disclosure-repeated', index: 1, firstIndex: 0 });
  });

  it.each(['_sd', '...'])('the reserved claim name %s', async (name) => {
    const bad = disclosure(['salt-3', name, 'x']);
    const digest = await digestDisclosure(bad, 'sha-256');
    const r = await read(`${issuerJwt({ _sd: [digest] })}~${bad}~`);
    expect(r.disclosures[0]?.status).toBe('invalid');
    expect(r.problems).toContainEqual({ code: 'sd-disclosure-reserved-name', index: 0, name });
  });

  it('a claim name that already exists', async () => {
    const r = await sdJwt((d) => ({ _sd: [d.given], given_name: 'Jane' }), [given]);
    expect(r.disclosures[0]?.status).toBe('invalid');
    expect(r.problems).toContainEqual({
      code: 'sd-claim-exists',
      index: 0,
      name: 'given_name',
      path: 'given_name',
    });
    expect(r.processed.given_name).toBe('Jane');
  });

  it.each([
    ['not base64url', '!!!', 'not-base64url'],
    ['not JSON', encodeBase64urlText('hello'), 'not-json'],
    ['not an array', encodeBase64urlText('{"a":1}'), 'not-array'],
    ['an array of 4', disclosure(['s', 'n', 1, 2]), 'wrong-length'],
    ['a salt that is not a string', disclosure([1, 'n', 1]), 'salt-not-string'],
  ])('a malformed disclosure: %s', async (_what, raw, reason) => {
    const r = await read(`${issuerJwt({ _sd: [] })}~${raw}~`);
    expect(r.disclosures[0]?.status).toBe('invalid');
    expect(r.problems).toContainEqual({ code: 'sd-disclosure-malformed', index: 0, reason });
  });

  it('an unsupported _sd_alg', async () => {
    const r = await read(`${issuerJwt({ _sd: ['x'], _sd_alg: 'md5' })}~${given}~`);
    expect(r.hashSupported).toBe(false);
    expect(r.problems).toContainEqual({ code: 'sd-alg-unsupported', alg: 'md5' });
  });

  it.each(['sha-384', 'sha-512'] as const)('digests with %s when _sd_alg says so', async (alg) => {
    const digest = await digestDisclosure(given, alg);
    expect(digest).toHaveLength(alg === 'sha-384' ? 64 : 86);
    const r = await read(`${issuerJwt({ _sd: [digest], _sd_alg: alg })}~${given}~`);
    expect(r.problems).toEqual([]);
    expect(r.processed).toEqual({ given_name: 'John' });
  });

  it('an array disclosure referenced from _sd', async () => {
    const element = disclosure(['salt-4', 'US']);
    const digest = await digestDisclosure(element, 'sha-256');
    const r = await read(`${issuerJwt({ _sd: [digest] })}~${element}~`);
    expect(r.disclosures[0]?.status).toBe('invalid');
    expect(r.problems.map((p) => p.code)).toContain('sd-disclosure-wrong-kind');
  });

  it('a last disclosure without its trailing tilde', async () => {
    const r = await sdJwt((d) => ({ _sd: [d.given] }), [given]);
    const again = await read(r.issuerJwt + '~' + given);
    expect(again.problems).toContainEqual({ code: 'sd-no-trailing-tilde' });
    expect(again.disclosures[0]?.status).toBe('ok');
  });

  it('counts undisclosed digests, decoys included', async () => {
    const r = await sdJwt((d) => ({ _sd: [d.given, d.family, 'decoy-digest'] }), [given]);
    expect(r.undisclosedCount).toBe(2);
  });
});
