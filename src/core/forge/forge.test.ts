// Every forged token has the exact shape its attack needs, and jose / jsonwebtoken configured safely reject it.
import { createHmac, createPublicKey } from 'node:crypto';
import { createRequire } from 'node:module';
import { createLocalJWKSet, EmbeddedJWK, importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { signTestToken, testKeySet, type TestKeySet } from '../fixtures/test-keys';
import { ATTACK_IDS, ATTACK_REFERENCES, KID_TRAVERSAL } from './attacks';
import { forgeAttack, type ForgedAttack, type ForgeRequest } from './forge';

// jsonwebtoken 9.0.3 is CommonJS without bundled types: only verify() is used.
const jsonwebtoken = createRequire(import.meta.url)('jsonwebtoken') as {
  verify(token: string, key: string | Buffer, options: { algorithms: string[] }): unknown;
};

const HS_SECRET = 'the-real-secret-of-this-service-0123456789';
const payload = { sub: 'user-1', role: 'user', exp: Math.floor(Date.now() / 1000) + 3600 };

interface Original {
  name: string;
  alg: string;
  token: string;
  /** What a safely configured verifier holds: a public PEM, or the shared secret. */
  verifyKey: string;
  set?: TestKeySet;
}

const originals: Original[] = [];

beforeAll(async () => {
  const rsa = testKeySet('rsa2048');
  const p256 = testKeySet('p256');
  originals.push(
    {
      name: 'RS256',
      alg: 'RS256',
      token: await signTestToken('RS256', rsa, payload, { kid: 'rsa-1' }),
      verifyKey: rsa.spki,
      set: rsa,
    },
    {
      name: 'ES256',
      alg: 'ES256',
      token: await signTestToken('ES256', p256, payload),
      verifyKey: p256.spki,
      set: p256,
    },
    {
      name: 'HS256',
      alg: 'HS256',
      token: await new SignJWT(payload)
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .sign(new TextEncoder().encode(HS_SECRET)),
      verifyKey: HS_SECRET,
    },
  );
});

const original = (name: string): Original => {
  const found = originals.find((o) => o.name === name);
  if (!found) throw new Error(name);
  return found;
};

const parts = (token: string) => {
  const [h = '', p = '', s = ''] = token.split('.');
  return {
    h,
    p,
    s,
    input: `${h}.${p}`,
    header: JSON.parse(Buffer.from(h, 'base64url').toString()) as Record<string, unknown>,
  };
};

const sortMembers = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

async function forge(request: ForgeRequest): Promise<ForgedAttack> {
  const result = await forgeAttack(request);
  if (!result.ok) throw new Error(`forge failed: ${result.problem.code}`);
  return result.value;
}

/** One test per kind of original (RS256, ES256, HS256): forges `request` from it, then runs `check`. */
function itForgesFromEach(
  title: string,
  request: Omit<ForgeRequest, 'token'>,
  check: (forged: ForgedAttack, o: Original, name: string) => Promise<void>,
): void {
  it.each(['RS256', 'ES256', 'HS256'])(`from %s: ${title}`, async (name) => {
    const o = original(name);
    await check(await forge({ ...request, token: o.token }), o, name);
  });
}

/** The code of the problem a request that cannot be forged is refused with (undefined when it is forged). */
async function refusal(request: ForgeRequest): Promise<string | undefined> {
  const result = await forgeAttack(request);
  return result.ok ? undefined : result.problem.code;
}

async function joseVerdict(token: string, o: Original): Promise<string> {
  const key = o.alg.startsWith('HS') ? new TextEncoder().encode(o.verifyKey) : createPublicKey(o.verifyKey);
  try {
    await jwtVerify(token, key, { algorithms: [o.alg] });
    return 'accept';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

function jsonwebtokenVerdict(token: string, o: Original): string {
  try {
    jsonwebtoken.verify(token, o.verifyKey, { algorithms: [o.alg] });
    return 'accept';
  } catch (e) {
    return (e as Error).message;
  }
}

/** The safe configuration accepts the genuine token (so it can accept at all) and rejects the forged one. */
async function expectRejectedBySafeVerifiers(token: string, o: Original): Promise<void> {
  expect(await joseVerdict(o.token, o)).toBe('accept');
  expect(jsonwebtokenVerdict(o.token, o)).toBe('accept');
  expect(await joseVerdict(token, o)).toMatch(
    /^(ERR_JWS_SIGNATURE_VERIFICATION_FAILED|ERR_JOSE_ALG_NOT_ALLOWED|ERR_JWS_INVALID)$/,
  );
  expect(jsonwebtokenVerdict(token, o)).toMatch(
    /^(invalid signature|invalid algorithm|jwt signature is required)$/,
  );
}

describe('every attack', () => {
  it('names its rule: an RFC 8725 section or the RFC it breaks, and CVEs where there are', () => {
    for (const id of ATTACK_IDS) {
      const refs = ATTACK_REFERENCES[id];
      expect(refs.some((r) => /^RFC \d+ §/.test(r.label))).toBe(true);
      for (const r of refs) expect(r.url).toMatch(/^https:\/\/www\.(rfc-editor|cve)\.org\//);
    }
    expect(ATTACK_REFERENCES['psychic-signature'].map((r) => r.label)).toContain('CVE-2022-21449');
    expect(ATTACK_REFERENCES['embedded-jwk'].map((r) => r.label)).toContain('CVE-2018-0114');
  });

  it('keeps the payload segment byte for byte', async () => {
    const o = original('RS256');
    for (const attack of ATTACK_IDS) {
      const forged = await forge({
        attack,
        token: o.token,
        keyText: o.verifyKey,
        url: 'https://attacker.example/jwks.json',
      });
      for (const v of forged.variants) expect(parts(v.token).p).toBe(parts(o.token).p);
    }
  });

  it('needs a signed token to start from', async () => {
    expect(await forgeAttack({ attack: 'alg-none', token: 'not a token' })).toEqual({
      ok: false,
      problem: { code: 'forge-no-token' },
    });
  });
});

describe('alg-none', () => {
  itForgesFromEach(
    'none / None / NONE / nOnE with an empty signature, all rejected',
    { attack: 'alg-none' },
    async (forged, o) => {
      expect(forged.variants.map((v) => parts(v.token).header.alg)).toEqual(['none', 'None', 'NONE', 'nOnE']);
      for (const v of forged.variants) {
        expect(v.token.endsWith('.')).toBe(true);
        expect(parts(v.token).s).toBe('');
        await expectRejectedBySafeVerifiers(v.token, o);
      }
    },
  );
});

describe('hs-with-public-key', () => {
  it.each(['RS256', 'ES256'])(
    'from %s: HS256 keyed with the public key as the verifier stores it',
    async (name) => {
      const o = original(name);
      const set = o.set!;
      const forged = await forge({ attack: 'hs-with-public-key', token: o.token, keyText: set.spki });
      const spkiDer = createPublicKey(set.spki).export({ type: 'spki', format: 'der' });
      const expectedKeys: Record<string, Buffer> = {
        pem: Buffer.from(set.spki), // node:crypto's PEM: the file, final line break included
        'pem-no-newline': Buffer.from(set.spki.trimEnd()),
        der: spkiDer,
        // RFC 7638 §3.2: the required members in lexicographic order, no whitespace.
        jwk: Buffer.from(JSON.stringify(sortMembers(createPublicKey(set.spki).export({ format: 'jwk' })))),
      };
      expect(forged.variants.map((v) => v.id)).toEqual(Object.keys(expectedKeys));
      for (const v of forged.variants) {
        const { header, input, s } = parts(v.token);
        expect(header.alg).toBe('HS256');
        const key = expectedKeys[v.id]!;
        expect(s).toBe(createHmac('sha256', key).update(input).digest('base64url'));
        await expectRejectedBySafeVerifiers(v.token, o);
      }
      // The kid is kept, so a naive verifier picks the very public key it then misuses as a secret.
      if (name === 'RS256') expect(parts(forged.variants[0]!.token).header.kid).toBe('rsa-1');
    },
  );

  it('derives the same public PEM from a private key or a JWK in the key box', async () => {
    const o = original('RS256');
    const set = o.set!;
    const fromPem = await forge({ attack: 'hs-with-public-key', token: o.token, keyText: set.spki });
    for (const keyText of [set.pkcs8, JSON.stringify(set.privateJwk), JSON.stringify(set.publicJwk)]) {
      const forged = await forge({ attack: 'hs-with-public-key', token: o.token, keyText });
      expect(forged.variants.find((v) => v.id === 'pem')?.token).toBe(fromPem.variants[0]?.token);
      expect(forged.variants.find((v) => v.id === 'der')?.token).toBe(fromPem.variants[2]?.token);
    }
  });

  it('asks for a public key when the key box is empty or holds a secret', async () => {
    const o = original('RS256');
    expect(await refusal({ attack: 'hs-with-public-key', token: o.token, keyText: '' })).toBe(
      'forge-no-public-key',
    );
    expect(await refusal({ attack: 'hs-with-public-key', token: o.token, keyText: 'a secret' })).toBe(
      'forge-key-not-asymmetric',
    );
  });
});

describe('empty-secret and kid-injection', () => {
  /** The first variant is signed with the zero-length HMAC key and safe verifiers reject it; gives it and its header. */
  const expectEmptyKeyVariant = async (forged: ForgedAttack, o: Original) => {
    const [v] = forged.variants;
    const { header, input, s } = parts(v!.token);
    expect(s).toBe(createHmac('sha256', Buffer.alloc(0)).update(input).digest('base64url'));
    await expectRejectedBySafeVerifiers(v!.token, o);
    return { v: v!, header };
  };

  itForgesFromEach(
    'HS256 with a zero-length key, rejected',
    { attack: 'empty-secret' },
    async (forged, o) => {
      const { v, header } = await expectEmptyKeyVariant(forged, o);
      expect(header.alg).toBe('HS256');
      expect(v.hmacKey).toHaveLength(0);
    },
  );

  itForgesFromEach(
    'kid is a path to /dev/null, signed with the empty key, rejected',
    { attack: 'kid-injection' },
    async (forged, o) => {
      const { header } = await expectEmptyKeyVariant(forged, o);
      expect(header).toMatchObject({ alg: 'HS256', kid: '../../../../../../dev/null' });
      expect(header.kid).toBe(KID_TRAVERSAL);
    },
  );
});

describe('psychic-signature', () => {
  it('from ES256: r = s = 0, all zero bytes of 64 / 96 / 132 for ES256 / ES384 / ES512, rejected', async () => {
    const o = original('ES256');
    const forged = await forge({ attack: 'psychic-signature', token: o.token });
    const lengths = { ES256: 64, ES384: 96, ES512: 132 } as Record<string, number>;
    expect(forged.variants.map((v) => v.id)).toEqual(['ES256', 'ES384', 'ES512']);
    for (const v of forged.variants) {
      const { header, s } = parts(v.token);
      expect(header.alg).toBe(v.id);
      const bytes = Buffer.from(s, 'base64url');
      expect(bytes).toHaveLength(lengths[v.id]!);
      expect(bytes.every((b) => b === 0)).toBe(true);
    }
    await expectRejectedBySafeVerifiers(forged.variants[0]!.token, o);
  });

  it.each([
    ['ES384', 'p384'],
    ['ES512', 'p521'],
  ] as const)(
    'the %s variant is rejected by a verifier holding a real key on that curve',
    async (alg, kind) => {
      const set = testKeySet(kind);
      const o: Original = {
        name: alg,
        alg,
        token: await signTestToken(alg, set, payload),
        verifyKey: set.spki,
        set,
      };
      const forged = await forge({ attack: 'psychic-signature', token: o.token });
      expect(forged.variants[0]?.id).toBe(alg);
      await expectRejectedBySafeVerifiers(forged.variants[0]!.token, o);
    },
  );

  it('from RS256: every variant rejected', async () => {
    const o = original('RS256');
    for (const v of (await forge({ attack: 'psychic-signature', token: o.token })).variants) {
      await expectRejectedBySafeVerifiers(v.token, o);
    }
  });
});

describe('embedded-jwk (CVE-2018-0114)', () => {
  itForgesFromEach(
    'the header jwk verifies the token; the real key rejects it',
    { attack: 'embedded-jwk' },
    async (forged, o, name) => {
      const [v] = forged.variants;
      const { header } = parts(v!.token);
      const jwk = header.jwk as JWK;
      expect(header.alg).toBe(name === 'HS256' ? 'RS256' : name);
      expect(jwk).toEqual(forged.verificationKey);
      expect(jwk.d).toBeUndefined();
      expect(header.kid).toBeUndefined();
      // The shape is right: used as the key, the embedded JWK verifies it (what a vulnerable verifier does) …
      const alg = header.alg as string;
      await expect(
        jwtVerify(v!.token, await importJWK(jwk, alg), { algorithms: [alg] }),
      ).resolves.toBeTruthy();
      await expect(jwtVerify(v!.token, EmbeddedJWK, { algorithms: [alg] })).resolves.toBeTruthy();
      // … and a verifier with its own key does not.
      await expectRejectedBySafeVerifiers(v!.token, o);
    },
  );
});

describe('jku-spoof', () => {
  const url = 'https://attacker.example/.well-known/jwks.json';

  itForgesFromEach(
    'jku names the URL, the JWKS to host there verifies it, the real key rejects it',
    { attack: 'jku-spoof', url },
    async (forged, o) => {
      const [v] = forged.variants;
      const { header } = parts(v!.token);
      expect(header.jku).toBe(url);
      const jwks = forged.verificationKey as { keys: JWK[] };
      expect(jwks.keys).toHaveLength(1);
      expect(jwks.keys[0]?.kid).toBe(header.kid);
      expect(jwks.keys[0]?.d).toBeUndefined();
      const alg = header.alg as string;
      await expect(jwtVerify(v!.token, createLocalJWKSet(jwks), { algorithms: [alg] })).resolves.toBeTruthy();
      await expectRejectedBySafeVerifiers(v!.token, o);
    },
  );

  it('asks for an http(s) URL', async () => {
    const o = original('RS256');
    expect(await refusal({ attack: 'jku-spoof', token: o.token })).toBe('forge-url-missing');
    expect(await refusal({ attack: 'jku-spoof', token: o.token, url: 'file:///etc/passwd' })).toBe(
      'forge-url-invalid',
    );
  });
});
