// Property-based tests of the core: decoding never throws, tampering never verifies, sign → verify round-trips.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { SELECTABLE_JWS_ALGS, type JwsAlg } from './algorithms';
import { decodeBase64url } from '../shared/base64url';
import { generateKey, type GeneratedKey } from '../keys/generate-key';
import { parseKeyInput } from '../keys/keys';
import { signToken } from './sign';
import { decodeToken, firstProblem } from '../token/token';
import { verifySignature } from './verify';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64urlChar = fc.constantFrom(...B64URL.split(''));
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

/** Any UTF-16 text, lone surrogates included. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

/** Strings shaped like tokens: segments of base64url (of JSON, text or bytes) or junk, joined by dots. */
const segment = fc.oneof(
  fc.jsonValue().map((v) => b64url(JSON.stringify(v) ?? 'null')),
  fc.object().map((v) => {
    try {
      return b64url(JSON.stringify(v) ?? '');
    } catch {
      return 'e30';
    }
  }),
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString('base64url')),
  fc.string({ unit: b64urlChar, maxLength: 40 }),
  anyText,
);
const tokenish = fc.oneof(
  anyText,
  fc.array(segment, { minLength: 0, maxLength: 7 }).map((parts) => parts.join('.')),
  fc
    .tuple(fc.constantFrom('', ' ', 'Bearer ', 'Authorization: Bearer ', '"', '#id_token='), segment, segment)
    .map(([prefix, h, p]) => `${prefix}${b64url('{"alg":"HS256"}')}.${h}.${p}`),
);

describe('decoding any string', () => {
  it('returns a result and never throws', () => {
    fc.assert(
      fc.property(tokenish, (text) => {
        const decoded = decodeToken(text);
        expect(Array.isArray(decoded.parts)).toBe(true);
        expect(Array.isArray(decoded.notes)).toBe(true);
        const problem = firstProblem(decoded);
        // Either a problem is named, or the token decoded into a kind with a header.
        if (!problem) {
          expect(decoded.kind).toBeDefined();
          expect(decoded.header?.value).toBeDefined();
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any key text into empty, ok or error and never throws', () => {
    const keyish = fc.oneof(
      anyText,
      fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
      fc.jsonValue().map((v) => JSON.stringify({ keys: v })),
      fc
        .tuple(
          fc.constantFrom('PUBLIC KEY', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'CERTIFICATE'),
          fc.uint8Array({ maxLength: 300 }),
        )
        .map(
          ([label, der]) =>
            `-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64')}\n-----END ${label}-----`,
        ),
    );
    fc.assert(
      fc.property(
        keyish,
        fc.constantFrom('utf8', 'base64url', 'base64', 'hex' as const),
        (text, encoding) => {
          const reading = parseKeyInput(text, encoding);
          expect(['empty', 'ok', 'error']).toContain(reading.state);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// One key per alg, made once: generating RSA keys dominates the run time otherwise.
const keys = new Map<JwsAlg, { sign: string; verify: string; encoding: 'utf8' | 'base64url' }>();
beforeAll(async () => {
  await Promise.all(
    SELECTABLE_JWS_ALGS.map(async (alg) => {
      const r = await generateKey(alg);
      if (!r.ok) throw new Error(`${alg}: ${r.problem.code}`);
      const k: GeneratedKey = r.value;
      keys.set(
        alg,
        k.kind === 'secret'
          ? { sign: k.secret, verify: k.secret, encoding: 'base64url' }
          : { sign: k.privatePem, verify: JSON.stringify(k.publicJwk), encoding: 'utf8' },
      );
    }),
  );
}, 60_000);

const runsFor = (alg: string) => (alg.startsWith('RS') || alg.startsWith('PS') ? 8 : 20);

/** Claims sets: arbitrary JSON members plus the registered ones, with awkward names (__proto__, empty). */
const claimsSet = fc
  .record(
    {
      iss: fc.webUrl(),
      sub: fc.string(),
      aud: fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })),
      exp: fc.integer({ min: 0, max: 2 ** 40 }),
      nbf: fc.double({ noNaN: true, noDefaultInfinity: true }),
      extra: fc.jsonValue({ maxDepth: 3 }),
    },
    { requiredKeys: [] },
  )
  .chain((base) =>
    fc
      .dictionary(
        fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', '')),
        fc.jsonValue({ maxDepth: 2 }),
        {
          maxKeys: 4,
        },
      )
      .map((more) => ({ ...base, ...more })),
  );

async function signFor(alg: JwsAlg, claims: Record<string, unknown>): Promise<string> {
  const k = keys.get(alg);
  if (!k) throw new Error(`no key for ${alg}`);
  const r = await signToken({ header: { alg, typ: 'JWT' }, payload: claims }, k.sign, {
    encoding: k.encoding,
  });
  if (!r.ok) throw new Error(`${alg}: ${JSON.stringify(r.problem)}`);
  return r.value.token;
}

const verifyFor = (alg: JwsAlg, token: string) => {
  const k = keys.get(alg);
  if (!k) throw new Error(`no key for ${alg}`);
  return verifySignature(token, k.verify, { encoding: k.encoding });
};

describe.each(SELECTABLE_JWS_ALGS)('%s', (alg) => {
  it('sign then verify round-trips random claims', async () => {
    await fc.assert(
      fc.asyncProperty(claimsSet, async (claims) => {
        const token = await signFor(alg, claims);
        const report = await verifyFor(alg, token);
        expect(report.state, JSON.stringify(report.problem)).toBe('valid');
        const view = decodeToken(token).payload?.view;
        expect(view?.type).toBe('claims');
        // What JSON can carry (-0 becomes 0, undefined members drop) comes back unchanged.
        if (view?.type === 'claims') expect(view.claims).toEqual(JSON.parse(JSON.stringify(claims)));
      }),
      { numRuns: runsFor(alg) },
    );
  });

  it('random changes to a valid token never verify', async () => {
    const token = await signFor(alg, { sub: 'tamper-me', exp: 4102444800, n: [1, 2, 3] });
    expect((await verifyFor(alg, token)).state).toBe('valid');
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: b64urlChar }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        char: fc.oneof(b64urlChar, fc.constant('.')),
      }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), char: fc.constant('') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        let changed = token;
        for (const e of edits) {
          const at = e.at % (changed.length + (e.kind === 'insert' ? 1 : 0));
          changed = changed.slice(0, at) + e.char + changed.slice(e.kind === 'insert' ? at : at + 1);
        }
        const [h, p, s, ...rest] = changed.split('.');
        const [h0, p0, s0] = token.split('.');
        // A signature's last character has spare bits: another letter for them encodes the same bytes,
        // so it is the same token, not a change. Everything else must fail.
        const sameToken =
          rest.length === 0 && h === h0 && p === p0 && s !== undefined && sameBytes(s, s0 ?? '');
        fc.pre(!sameToken);
        const report = await verifyFor(alg, changed);
        expect(report.state, changed).not.toBe('valid');
      }),
      { numRuns: runsFor(alg) * 5 },
    );
  });
});

function sameBytes(a: string, b: string): boolean {
  try {
    return Buffer.compare(decodeBase64url(a), decodeBase64url(b)) === 0;
  } catch {
    return false;
  }
}

describe('base64url decoding', () => {
  it('agrees with Node on every byte string, and the signature length is the decoded length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64url');
        expect(Buffer.compare(decodeBase64url(text), Buffer.from(bytes))).toBe(0);
        const decoded = decodeToken(`${b64url('{"alg":"HS256"}')}.e30.${text}`);
        expect(decoded.signatureLength).toBe(text === '' ? undefined : bytes.length);
      }),
    );
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    fc.assert(
      fc.property(fc.string({ unit: b64urlChar, maxLength: 40 }), anyText, (good, junk) => {
        fc.pre(/[^A-Za-z0-9_-]/.test(junk));
        expect(() => decodeBase64url(good + junk)).toThrow(TypeError);
        if (good.length % 4 === 1) expect(() => decodeBase64url(good)).toThrow(RangeError);
        else expect(decodeBase64url(good).length).toBe(Math.floor((good.length * 3) / 4));
      }),
    );
  });
});
