// Builds a ready example for an alg in the page: a fresh key, and a token signed with it that verifies.
import type { JwsAlg } from '../../core/jws';
import { generateKey } from '../../core/keys';
import type { SecretEncoding } from '../../core/keys';
import { signToken } from '../../core/jws/lazy';
import { fail, ok } from '../../core/shared';
import type { Problem, Result } from '../../core/shared';

export interface Example {
  token: string;
  /** What goes in the key box: the HMAC secret, or the private PEM (which also verifies, and can re-sign). */
  keyText: string;
  encoding: SecretEncoding;
}

/** A signed example token and its key for `alg`, with claims valid for an hour from `now` (Unix seconds). */
export async function makeExample(alg: JwsAlg, now: number): Promise<Result<Example, Problem>> {
  // A UTF-8 secret is typeable and copyable as shown; it still carries the hash length of randomness.
  const generated = await generateKey(alg, { encoding: 'utf8' });
  if (!generated.ok) return generated;
  const key = generated.value;
  const keyText = key.kind === 'secret' ? key.secret : key.privatePem;
  const header: Record<string, unknown> =
    key.kind === 'secret' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: key.thumbprint };
  const payload = {
    iss: 'https://issuer.example.com',
    sub: '1234567890',
    aud: 'https://api.example.com',
    name: 'Ada Lovelace',
    iat: now,
    exp: now + 3600,
  };
  const signed = await signToken({ header, payload }, keyText, { encoding: 'utf8' });
  if (!signed.ok) return fail(signed.problem);
  return ok({ token: signed.value.token, keyText, encoding: 'utf8' });
}
