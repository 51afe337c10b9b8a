// Browser half of scripts/check-core-in-chromium.mjs: runs the key/verify/sign core on every fixture in a real page.

import { SELECTABLE_JWS_ALGS } from '../src/core/jws/algorithms';
import { interop, rfcVectors, type InteropKeyKind } from '../src/core/fixtures';
import { generateKey } from '../src/core/keys/generate-key';
import { exportKey } from '../src/core/keys/key-export';
import type { SecretEncoding } from '../src/core/keys/keys';
import { signToken } from '../src/core/jws/sign';
import { verifySignature } from '../src/core/jws/verify';

/** Every way the fixtures say a token's key can be pasted. */
function keyInputs(alg: string, kind: string): [string, string, SecretEncoding][] {
  if (alg.startsWith('HS')) return [['secret', interop.secrets[alg as 'HS256'], 'base64url']];
  const s = interop.keys[kind as InteropKeyKind];
  const all: Record<string, string | undefined> = {
    spki: s.spki,
    pkcs8: s.pkcs8,
    certificate: s.certificate,
    'public JWK': JSON.stringify(s.publicJwk),
    'private JWK': JSON.stringify(s.privateJwk),
    'PKCS#1 public': s.pkcs1Public,
    'PKCS#1 private': s.pkcs1Private,
    SEC1: s.sec1,
    'SEC1 + EC PARAMETERS': s.sec1WithParams,
    'PyJWT JWKS': kind === 'rsa1024' ? undefined : JSON.stringify(interop.pyjwtJwks),
  };
  return Object.entries(all).flatMap(([f, k]) =>
    k ? [[f, k, 'utf8'] as [string, string, SecretEncoding]] : [],
  );
}

/** Returns one line per failure; an empty list means every check passed. */
async function runCoreCheck(): Promise<{ checked: number; failures: string[] }> {
  const failures: string[] = [];
  let checked = 0;
  for (const t of interop.tokens) {
    for (const [format, key, encoding] of keyInputs(t.alg, t.key)) {
      const r = await verifySignature(t.token, key, { encoding });
      checked++;
      if (r.state !== 'valid')
        failures.push(`${t.issuer} ${t.alg} with ${format}: ${r.state} ${JSON.stringify(r.problem)}`);
    }
  }
  for (const v of rfcVectors.filter((x) => x.expect.decode === 'ok')) {
    const encoding = v.key?.format === 'base64url-secret' ? 'base64url' : 'utf8';
    const r = await verifySignature(v.token, v.key?.value ?? '', { encoding });
    checked++;
    const want = v.alg === 'none' ? 'unsecured' : v.expect.signature;
    if (r.state !== want) failures.push(`${v.id}: ${r.state}, expected ${want}`);
  }
  for (const alg of SELECTABLE_JWS_ALGS) {
    const g = await generateKey(alg);
    checked++;
    if (!g.ok) {
      failures.push(`generate ${alg}: ${JSON.stringify(g.problem)}`);
      continue;
    }
    const [priv, pub, encoding]: [string, string, SecretEncoding] =
      g.value.kind === 'secret'
        ? [g.value.secret, g.value.secret, g.value.encoding]
        : [g.value.privatePem, g.value.publicPem, 'utf8'];
    const signed = await signToken({ header: { alg }, payload: { sub: 'chromium' } }, priv, { encoding });
    if (!signed.ok) {
      failures.push(`sign ${alg}: ${JSON.stringify(signed.problem)}`);
      continue;
    }
    const r = await verifySignature(signed.value.token, pub, { encoding });
    if (r.state !== 'valid') failures.push(`round trip ${alg}: ${r.state}`);
    const exported = await exportKey(priv, { encoding });
    if (!exported.ok) failures.push(`export ${alg}: ${JSON.stringify(exported.problem)}`);
  }
  const es256 = interop.tokens.find((t) => t.alg === 'ES256')?.token ?? '';
  const badPoint = JSON.stringify({ ...interop.keys.p256.publicJwk, y: interop.keys.p256.publicJwk.x });
  const r = await verifySignature(es256, badPoint);
  checked++;
  // Chromium's DataError has an empty message: the report must still name the failure.
  if (r.state !== 'key-error' || r.problem?.code !== 'crypto-operation-failed' || !r.problem.reason) {
    failures.push(`bad EC point: ${r.state} ${JSON.stringify(r.problem)}`);
  }
  return { checked, failures };
}

(globalThis as unknown as { runCoreCheck: typeof runCoreCheck }).runCoreCheck = runCoreCheck;
