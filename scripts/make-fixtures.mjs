// Regenerates src/core/fixtures/interop.json: keys in every container format, certificates (openssl),
// and tokens signed by other implementations: the npm jsonwebtoken package and PyJWT (Debian python3-jwt).
// Needs: openssl, /usr/bin/python3 with python3-jwt and python3-cryptography. Run: node scripts/make-fixtures.mjs

import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jwt from 'jsonwebtoken';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/core/fixtures/interop.json');
const work = mkdtempSync(join(tmpdir(), 'jwt-fixtures-'));

const KINDS = {
  rsa2048: () => generateKeyPairSync('rsa', { modulusLength: 2048 }),
  rsa1024: () => generateKeyPairSync('rsa', { modulusLength: 1024 }),
  p256: () => generateKeyPairSync('ec', { namedCurve: 'P-256' }),
  p384: () => generateKeyPairSync('ec', { namedCurve: 'P-384' }),
  p521: () => generateKeyPairSync('ec', { namedCurve: 'P-521' }),
  ed25519: () => generateKeyPairSync('ed25519'),
};
const EC_PARAMS = { p256: 'prime256v1', p384: 'secp384r1', p521: 'secp521r1' };

function certificate(kind, pkcs8) {
  const keyFile = join(work, `${kind}.pem`);
  writeFileSync(keyFile, pkcs8);
  return execFileSync(
    'openssl',
    [
      'req',
      '-new',
      '-x509',
      '-key',
      keyFile,
      '-subj',
      `/C=NL/O=JWT Debugger Tests/CN=${kind}.test.example`,
      '-days',
      '3650',
    ],
    { encoding: 'utf8' },
  );
}

const keys = {};
for (const [kind, make] of Object.entries(KINDS)) {
  const { publicKey, privateKey } = make();
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' });
  const k = {
    spki: publicKey.export({ type: 'spki', format: 'pem' }),
    pkcs8,
    publicJwk: publicKey.export({ format: 'jwk' }),
    privateJwk: privateKey.export({ format: 'jwk' }),
    certificate: certificate(kind, pkcs8),
  };
  if (kind.startsWith('rsa')) {
    k.pkcs1Public = publicKey.export({ type: 'pkcs1', format: 'pem' });
    k.pkcs1Private = privateKey.export({ type: 'pkcs1', format: 'pem' });
  }
  if (EC_PARAMS[kind]) {
    k.sec1 = privateKey.export({ type: 'sec1', format: 'pem' });
    const params = execFileSync('openssl', ['ecparam', '-name', EC_PARAMS[kind]], { encoding: 'utf8' });
    k.sec1WithParams = params + k.sec1;
  }
  keys[kind] = k;
}

const secrets = {
  HS256: randomBytes(32).toString('base64url'),
  HS384: randomBytes(48).toString('base64url'),
  HS512: randomBytes(64).toString('base64url'),
};

const KIND_FOR_ALG = {
  RS256: 'rsa2048',
  RS384: 'rsa2048',
  RS512: 'rsa2048',
  PS256: 'rsa2048',
  PS384: 'rsa2048',
  PS512: 'rsa2048',
  ES256: 'p256',
  ES384: 'p384',
  ES512: 'p521',
  EdDSA: 'ed25519',
};
const payload = { sub: '1234567890', name: 'Interop Test', iat: 1700000000, exp: 4102444800 };

const tokens = [];
// jsonwebtoken: signs with the PEM it is given, so each private container format is exercised once.
for (const alg of ['HS256', 'HS384', 'HS512', ...Object.keys(KIND_FOR_ALG).filter((a) => a !== 'EdDSA')]) {
  const kind = KIND_FOR_ALG[alg];
  const signingKeys = kind
    ? {
        pkcs8: keys[kind].pkcs8,
        ...(keys[kind].pkcs1Private ? { pkcs1: keys[kind].pkcs1Private } : {}),
        ...(keys[kind].sec1 ? { sec1: keys[kind].sec1 } : {}),
      }
    : { secret: Buffer.from(secrets[alg], 'base64url') };
  for (const [from, key] of Object.entries(signingKeys)) {
    const token = jwt.sign(payload, key, {
      algorithm: alg,
      keyid: `${kind ?? 'hmac'}-kid`,
      noTimestamp: true,
    });
    tokens.push({ issuer: 'jsonwebtoken 9', alg, key: kind ?? alg, signedWith: from, token });
  }
}
// RSA 1024 needs an explicit opt-in in jsonwebtoken; such keys still exist in the wild.
tokens.push({
  issuer: 'jsonwebtoken 9',
  alg: 'RS256',
  key: 'rsa1024',
  signedWith: 'pkcs1',
  token: jwt.sign(payload, keys.rsa1024.pkcs1Private, {
    algorithm: 'RS256',
    allowInsecureKeySizes: true,
    noTimestamp: true,
  }),
});

// PyJWT signs every alg (EdDSA too) and exports its own JWKs.
const py = JSON.parse(
  execFileSync('/usr/bin/python3', [join(root, 'scripts/make-pyjwt-fixtures.py')], {
    input: JSON.stringify({ keys, secrets, payload, kindForAlg: KIND_FOR_ALG }),
    encoding: 'utf8',
  }),
);
tokens.push(...py.tokens);

rmSync(work, { recursive: true, force: true });
const versions = {
  jsonwebtoken: JSON.parse(readFileSync(join(root, 'node_modules/jsonwebtoken/package.json'), 'utf8'))
    .version,
  pyjwt: py.version,
  openssl: execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim(),
};
writeFileSync(
  out,
  JSON.stringify(
    { generatedBy: 'scripts/make-fixtures.mjs', versions, keys, secrets, pyjwtJwks: py.jwks, tokens },
    null,
    2,
  ) + '\n',
);
console.log(`wrote ${tokens.length} tokens to ${out}`);
