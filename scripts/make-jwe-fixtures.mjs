// Makes JWE fixtures with jose in Node (keys from node:crypto, written as PKCS#1/SEC1/hex/base64): src/core/fixtures/jwe-jose-node.json.
//
// Usage: node scripts/make-jwe-fixtures.mjs
// Each entry holds a compact JWE, the text a user would paste in the key box to decrypt it, and the plaintext.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { CompactEncrypt, CompactSign } from 'jose';

const ALGS = [
  'dir',
  'A128KW',
  'A192KW',
  'A256KW',
  'A128GCMKW',
  'A192GCMKW',
  'A256GCMKW',
  'RSA-OAEP',
  'RSA-OAEP-256',
  'RSA-OAEP-384',
  'RSA-OAEP-512',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A192KW',
  'ECDH-ES+A256KW',
  'PBES2-HS256+A128KW',
  'PBES2-HS384+A192KW',
  'PBES2-HS512+A256KW',
];
const ENCS = ['A128GCM', 'A192GCM', 'A256GCM', 'A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512'];
const CEK_BYTES = {
  A128GCM: 16,
  A192GCM: 24,
  A256GCM: 32,
  'A128CBC-HS256': 32,
  'A192CBC-HS384': 48,
  'A256CBC-HS512': 64,
};
const PASSWORD = 'Tr0ub4dor&3 \u00e9t\u00e9';
const CLAIMS = { iss: 'https://jose-node.example', sub: 'fixture', iat: 1700000000, exp: 4102444800 };
const encoder = new TextEncoder();

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = Object.fromEntries(
  ['P-256', 'P-384', 'P-521'].map((crv) => [crv, generateKeyPairSync('ec', { namedCurve: crv })]),
);
ec.X25519 = generateKeyPairSync('x25519');
const secrets = Object.fromEntries([16, 24, 32, 48, 64].map((n) => [n, randomBytes(n)]));

/** The recipient's public JWK (or secret bytes) and what a user pastes to decrypt, in varied formats. */
function recipient(alg, enc, curve = 'P-256') {
  if (alg === 'dir') {
    const bytes = secrets[CEK_BYTES[enc]];
    return { key: bytes, keyText: bytes.toString('hex'), encoding: 'hex' };
  }
  const kw = /^A(\d+)(GCM)?KW$/.exec(alg);
  if (kw) {
    const bytes = secrets[Number(kw[1]) / 8];
    if (kw[2]) return { key: bytes, keyText: bytes.toString('base64'), encoding: 'base64' };
    return {
      key: bytes,
      keyText: JSON.stringify({ kty: 'oct', k: bytes.toString('base64url') }),
      encoding: 'utf8',
    };
  }
  if (alg.startsWith('RSA')) {
    return {
      key: rsa.publicKey.export({ format: 'jwk' }),
      keyText: rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      encoding: 'utf8',
    };
  }
  if (alg.startsWith('ECDH')) {
    const pair = ec[curve];
    const keyText =
      curve === 'X25519'
        ? pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
        : pair.privateKey.export({ type: 'sec1', format: 'pem' }).toString();
    return { key: pair.publicKey.export({ format: 'jwk' }), keyText, encoding: 'utf8' };
  }
  if (alg.startsWith('PBES2')) return { key: encoder.encode(PASSWORD), keyText: PASSWORD, encoding: 'utf8' };
  throw new Error(alg);
}

async function encrypt(plaintext, header, key) {
  return new CompactEncrypt(encoder.encode(plaintext)).setProtectedHeader(header).encrypt(key);
}

const fixtures = [];
const plaintext = JSON.stringify(CLAIMS);
for (const alg of ALGS) {
  for (const enc of ENCS) {
    const { key, keyText, encoding } = recipient(alg, enc);
    const token = await encrypt(plaintext, { alg, enc }, key);
    fixtures.push({ id: `${alg} ${enc}`, alg, enc, token, keyText, encoding, plaintext });
  }
}
for (const curve of ['P-384', 'P-521', 'X25519']) {
  for (const alg of ['ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A256KW']) {
    const { key, keyText, encoding } = recipient(alg, 'A256GCM', curve);
    const token = await encrypt(plaintext, { alg, enc: 'A256GCM' }, key);
    fixtures.push({ id: `${alg} ${curve}`, alg, enc: 'A256GCM', token, keyText, encoding, plaintext });
  }
}
{
  const { key, keyText, encoding } = recipient('A128KW', 'A128GCM');
  const long = JSON.stringify({ ...CLAIMS, pad: 'y'.repeat(1000) });
  const token = await encrypt(long, { alg: 'A128KW', enc: 'A128GCM', zip: 'DEF' }, key);
  fixtures.push({ id: 'zip DEF', alg: 'A128KW', enc: 'A128GCM', token, keyText, encoding, plaintext: long });
}
{
  const signer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const inner = await new CompactSign(encoder.encode(plaintext))
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .sign(signer.privateKey);
  const { key, keyText, encoding } = recipient('ECDH-ES+A256KW', 'A256CBC-HS512');
  const token = await encrypt(inner, { alg: 'ECDH-ES+A256KW', enc: 'A256CBC-HS512', cty: 'JWT' }, key);
  fixtures.push({
    id: 'nested cty JWT',
    alg: 'ECDH-ES+A256KW',
    enc: 'A256CBC-HS512',
    token,
    keyText,
    encoding,
    plaintext: inner,
    innerKeyText: signer.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  });
}

const out = new URL('../src/core/fixtures/jwe-jose-node.json', import.meta.url);
const doc = {
  generator: `jose in Node ${process.version}`,
  script: 'scripts/make-jwe-fixtures.mjs',
  fixtures,
};
writeFileSync(out, JSON.stringify(doc, null, 1) + '\n');
console.log(`wrote ${fixtures.length} fixtures to ${out.pathname}`);
