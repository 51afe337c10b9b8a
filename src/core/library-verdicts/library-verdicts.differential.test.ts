// Differential test: every model verdict is checked against the real library on a generated corpus of tokens ×
// keys × options: PyJWT through Debian's /usr/bin/python3 (one process, all cases on stdin), jsonwebtoken and
// jose in-process. A model may say `unknown`; whatever else it says must be exactly what the library does.
import { spawnSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { SignJWT, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64urlText } from '../shared/base64url';
import { parseKeyInput } from '../keys/keys';
import { decodeToken } from '../token/token';
import { verifyDecodedToken } from '../jws/verify';
import { libraryKeyOf, signatureOutcomeOf } from './from-page';
import { judgeWithLibraries } from './index';
import type { LibraryCase, LibraryName, LibraryOptions } from './types';
import { NO_OPTIONS } from './test-support';

// jsonwebtoken ships no types: the one call used here, declared.
const jsonwebtoken = createRequire(import.meta.url)('jsonwebtoken') as {
  verify: (token: string, key: string, options: Record<string, unknown>) => unknown;
};

const PYTHON = '/usr/bin/python3';
const ORACLE = fileURLToPath(new URL('./pyjwt-oracle.py', import.meta.url));
const HOUR = 3600;
const DAY = 86400;

type Family = 'HS256' | 'RS256' | 'PS256' | 'ES256' | 'ES384' | 'EdDSA';
const FAMILIES: Family[] = ['HS256', 'RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];

interface KeyPair {
  /** What the user pastes in the key box (a secret, or the public key as SPKI PEM). */
  keyText: string;
  /** How the libraries take it: jose a KeyObject or bytes; jsonwebtoken and PyJWT the text. */
  joseKey: KeyObject | Uint8Array;
  sign: KeyObject | Uint8Array;
}

function makePair(family: Family | 'P-384-for-ES256', index: number): KeyPair {
  if (family === 'HS256') {
    const keyText = `differential-test-shared-secret-${index}-0123456789abcdef`;
    const bytes = new TextEncoder().encode(keyText);
    return { keyText, joseKey: bytes, sign: bytes };
  }
  const { publicKey, privateKey } =
    family === 'RS256' || family === 'PS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : family === 'EdDSA'
        ? generateKeyPairSync('ed25519')
        : generateKeyPairSync('ec', { namedCurve: family === 'ES256' ? 'P-256' : 'P-384' });
  const keyText = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { keyText, joseKey: createPublicKey(keyText), sign: privateKey };
}

interface Scenario {
  name: string;
  claims: (now: number) => Record<string, unknown>;
  header?: Record<string, unknown>;
  options?: Partial<LibraryOptions>;
  /** Verify with the other key of the same family. */
  wrongKey?: boolean;
}

const base = (now: number) => ({ iat: now - HOUR, exp: now + DAY, sub: 'user-1' });
type Claims = Record<string, unknown>;
/** The base claims with some added or replaced: a function of `now` where the time matters. */
const plus =
  (extra: Claims | ((now: number) => Claims)) =>
  (now: number): Claims => ({ ...base(now), ...(typeof extra === 'function' ? extra(now) : extra) });

const SCENARIOS: Scenario[] = [
  { name: 'valid, no options', claims: base },
  { name: 'expired', claims: plus((now) => ({ exp: now - DAY })) },
  {
    name: 'expired within the tolerance',
    claims: plus((now) => ({ exp: now - 10 * 60 })),
    options: { clockTolerance: HOUR },
  },
  { name: 'not yet valid', claims: plus((now) => ({ nbf: now + DAY })) },
  {
    name: 'not yet valid within the tolerance',
    claims: plus((now) => ({ nbf: now + 10 * 60 })),
    options: { clockTolerance: HOUR },
  },
  { name: 'issued in the future', claims: plus((now) => ({ iat: now + DAY })) },
  { name: 'aud present, none expected', claims: plus({ aud: 'api' }) },
  { name: 'aud matches', claims: plus({ aud: 'api' }), options: { audience: ['api'] } },
  { name: 'aud wrong', claims: plus({ aud: 'other' }), options: { audience: ['api'] } },
  {
    name: 'aud list, one of several expected',
    claims: plus({ aud: ['x', 'api2'] }),
    options: { audience: ['api1', 'api2'] },
  },
  { name: 'aud missing, one expected', claims: base, options: { audience: ['api'] } },
  { name: 'empty aud, none expected', claims: plus({ aud: '' }) },
  {
    name: 'iss matches',
    claims: plus({ iss: 'https://issuer.example/' }),
    options: { issuer: ['https://issuer.example/'] },
  },
  {
    name: 'iss wrong',
    claims: plus({ iss: 'https://evil.example/' }),
    options: { issuer: ['https://issuer.example/'] },
  },
  { name: 'iss missing', claims: base, options: { issuer: ['https://issuer.example/'] } },
  { name: 'iss one of several', claims: plus({ iss: 'b' }), options: { issuer: ['a', 'b'] } },
  { name: 'sub matches', claims: base, options: { subject: ['user-1'] } },
  { name: 'sub wrong', claims: base, options: { subject: ['user-2'] } },
  { name: 'required claim missing', claims: base, options: { requiredClaims: ['jti'] } },
  {
    name: 'required claims present',
    claims: plus({ jti: 'id-1' }),
    options: { requiredClaims: ['exp', 'jti'] },
  },
  { name: 'required claim null', claims: plus({ jti: null }), options: { requiredClaims: ['jti'] } },
  {
    name: 'typ matches case-insensitively',
    claims: base,
    header: { typ: 'JWT' },
    options: { expectedType: 'jwt' },
  },
  {
    name: 'typ matches with application/',
    claims: base,
    header: { typ: 'at+jwt' },
    options: { expectedType: 'application/at+jwt' },
  },
  { name: 'typ wrong', claims: base, header: { typ: 'JWT' }, options: { expectedType: 'at+jwt' } },
  { name: 'typ missing', claims: base, options: { expectedType: 'JWT' } },
  { name: 'max age kept', claims: plus((now) => ({ iat: now - 10 * 60 })), options: { maxAge: HOUR } },
  { name: 'max age exceeded', claims: plus((now) => ({ iat: now - 3 * HOUR })), options: { maxAge: HOUR } },
  { name: 'max age without iat', claims: (now) => ({ exp: now + DAY }), options: { maxAge: HOUR } },
  { name: 'alg outside the list', claims: base, options: { allowedAlgorithms: ['HS512', 'ES512'] } },
  { name: 'alg among several allowed', claims: base, options: { allowedAlgorithms: FAMILIES } },
  { name: 'wrong key', claims: base, wrongKey: true },
  { name: 'wrong key and expired', claims: plus((now) => ({ exp: now - DAY })), wrongKey: true },
  {
    name: 'expired and wrong aud',
    claims: plus((now) => ({ exp: now - DAY, aud: 'other' })),
    options: { audience: ['api'] },
  },
  { name: 'expired and not yet valid', claims: plus((now) => ({ exp: now - DAY, nbf: now + DAY })) },
  {
    name: 'required claim missing and expired',
    claims: plus((now) => ({ exp: now - DAY })),
    options: { requiredClaims: ['jti'] },
  },
  {
    name: 'typ wrong and expired',
    claims: plus((now) => ({ exp: now - DAY })),
    header: { typ: 'JWT' },
    options: { expectedType: 'at+jwt' },
  },
  { name: 'iat not a number', claims: plus({ iat: 'yesterday' }) },
  { name: 'exp not a number', claims: plus((now) => ({ exp: String(now + DAY) })) },
  {
    name: 'everything at once, all fine',
    claims: plus((now) => ({ aud: ['api'], iss: 'i', jti: 'j', iat: now - 60 })),
    header: { typ: 'JWT' },
    options: {
      audience: ['api'],
      issuer: ['i'],
      subject: ['user-1'],
      requiredClaims: ['jti'],
      expectedType: 'JWT',
      maxAge: DAY,
      clockTolerance: 30,
    },
  },
];

interface CorpusCase {
  name: string;
  token: string;
  keyText: string;
  joseKey: KeyObject | Uint8Array;
  options: LibraryOptions;
}

interface Outcome {
  verdict: 'accept' | 'reject' | 'unknown';
  error?: string;
}

const segment = (value: unknown) => encodeBase64urlText(JSON.stringify(value));

async function buildCorpus(now: number): Promise<CorpusCase[]> {
  const pairs = new Map<string, [KeyPair, KeyPair]>();
  for (const family of FAMILIES) pairs.set(family, [makePair(family, 1), makePair(family, 2)]);
  const pair = (f: Family) => pairs.get(f) as [KeyPair, KeyPair];
  const corpus: CorpusCase[] = [];
  for (const family of FAMILIES) {
    const [right, wrong] = pair(family);
    for (const s of SCENARIOS) {
      const token = await new SignJWT(s.claims(now))
        .setProtectedHeader({ alg: family, ...s.header })
        .sign(right.sign);
      const key = s.wrongKey ? wrong : right;
      corpus.push({
        name: `${family}: ${s.name}`,
        token,
        keyText: key.keyText,
        joseKey: key.joseKey,
        options: { ...NO_OPTIONS, ...s.options },
      });
    }
  }
  // Keys of another family or curve, and malformed tokens.
  const hs = pair('HS256')[0];
  const rs = pair('RS256')[0];
  const es384 = pair('ES384')[0];
  const claims = base(now);
  const hsToken = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(hs.sign);
  const rsToken = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).sign(rs.sign);
  const es256Token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .sign(pair('ES256')[0].sign);
  const [h, p] = hsToken.split('.');
  const extra: [string, string, KeyPair][] = [
    ['HS256 token, RSA public key', hsToken, rs],
    ['RS256 token, HMAC secret', rsToken, hs],
    ['ES256 token, P-384 key', es256Token, es384],
    ['two parts', `${h}.${p}`, hs],
    ['four parts', `${hsToken}.x`, hs],
    ['header not JSON', `${encodeBase64urlText('{"alg":')}.${p}.abc`, hs],
    ['header not an object', `${segment([1])}.${p}.abc`, hs],
    ['header without alg', `${segment({ typ: 'JWT' })}.${p}.abc`, hs],
    ['empty signature', `${h}.${p}.`, hs],
    ['alg none', `${segment({ alg: 'none' })}.${p}.`, hs],
    ['not base64url', `${h}.${p}!.abc`, hs],
    [
      'payload not JSON, signed',
      await signRaw({ alg: 'HS256' }, encodeBase64urlText('not json'), hs.sign as Uint8Array),
      hs,
    ],
    ['payload an array, signed', await signRaw({ alg: 'HS256' }, segment([1, 2]), hs.sign as Uint8Array), hs],
  ];
  for (const [name, token, key] of extra) {
    corpus.push({ name, token, keyText: key.keyText, joseKey: key.joseKey, options: NO_OPTIONS });
  }
  return corpus;
}

async function signRaw(header: object, payload: string, secret: Uint8Array): Promise<string> {
  const input = `${segment(header)}.${payload}`;
  const key = await crypto.subtle.importKey(
    'raw',
    secret as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(input)));
  return `${input}.${Buffer.from(mac).toString('base64url')}`;
}

/** `algorithms` as the modelled calls pass it: the allowed list, else the token's own alg. */
function algorithmsFor(c: CorpusCase): string[] {
  if (c.options.allowedAlgorithms.length > 0) return c.options.allowedAlgorithms;
  const header = decodeToken(c.token).header?.value;
  return typeof header?.alg === 'string' && header.alg !== '' ? [header.alg] : [];
}

const oneOrMany = (values: string[]) => (values.length === 1 ? values[0] : values);

function runPyjwt(corpus: CorpusCase[]): { version: string; results: Outcome[] } {
  const input = corpus.map((c) => ({
    token: c.token,
    key: c.keyText,
    algorithms: algorithmsFor(c),
    ...(c.options.audience.length > 0 ? { audience: oneOrMany(c.options.audience) } : {}),
    ...(c.options.issuer.length > 0 ? { issuer: oneOrMany(c.options.issuer) } : {}),
    leeway: c.options.clockTolerance,
    require: c.options.requiredClaims,
  }));
  const run = spawnSync(PYTHON, [ORACLE], { input: JSON.stringify(input), encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(
      `PyJWT could not be run with ${PYTHON} (${run.error?.message ?? run.stderr}). ` +
        'Install Debian packages python3-jwt and python3-cryptography (apt-get install -y python3-jwt python3-cryptography).',
    );
  }
  return JSON.parse(run.stdout) as { version: string; results: Outcome[] };
}

function runJsonwebtoken(c: CorpusCase): Outcome {
  const o = c.options;
  try {
    jsonwebtoken.verify(c.token, c.keyText, {
      algorithms: algorithmsFor(c),
      ...(o.audience.length > 0 ? { audience: oneOrMany(o.audience) } : {}),
      ...(o.issuer.length > 0 ? { issuer: oneOrMany(o.issuer) } : {}),
      ...(o.subject.length > 0 ? { subject: o.subject[0] } : {}),
      ...(o.clockTolerance > 0 ? { clockTolerance: o.clockTolerance } : {}),
    });
    return { verdict: 'accept' };
  } catch (e) {
    return { verdict: 'reject', error: (e as Error).message };
  }
}

async function runJose(c: CorpusCase): Promise<Outcome> {
  const o = c.options;
  try {
    await jwtVerify(c.token, c.joseKey, {
      algorithms: algorithmsFor(c),
      ...(o.audience.length > 0 ? { audience: oneOrMany(o.audience) } : {}),
      ...(o.issuer.length > 0 ? { issuer: oneOrMany(o.issuer) } : {}),
      ...(o.subject.length > 0 ? { subject: o.subject[0] } : {}),
      ...(o.expectedType !== undefined ? { typ: o.expectedType } : {}),
      ...(o.maxAge !== undefined ? { maxTokenAge: o.maxAge } : {}),
      ...(o.requiredClaims.length > 0 ? { requiredClaims: o.requiredClaims } : {}),
      ...(o.clockTolerance > 0 ? { clockTolerance: o.clockTolerance } : {}),
    });
    return { verdict: 'accept' };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    // An error without jose's code (a TypeError) is no verdict the model could name.
    return {
      verdict: 'reject',
      error: typeof code === 'string' ? code : `(no code) ${(e as Error).message}`,
    };
  }
}

/** The page's side: read the key, verify the signature, hand both to the models. */
async function modelCase(c: CorpusCase, now: number): Promise<LibraryCase> {
  const decoded = decodeToken(c.token);
  const reading = parseKeyInput(c.keyText, 'utf8');
  const report = await verifyDecodedToken(decoded, reading);
  return {
    token: c.token,
    key: libraryKeyOf(reading, report),
    signature: signatureOutcomeOf(report),
    options: c.options,
    now,
  };
}

interface Row {
  name: string;
  lib: LibraryName;
  model: Outcome;
  real: Outcome;
}

describe('library verdicts match the real libraries', () => {
  let rows: Row[] = [];
  let corpusSize = 0;
  let pyjwtVersion = '';

  beforeAll(async () => {
    const now = Math.floor(Date.now() / 1000);
    const corpus = await buildCorpus(now);
    corpusSize = corpus.length;
    const pyjwt = runPyjwt(corpus);
    pyjwtVersion = pyjwt.version;
    rows = [];
    for (const [i, c] of corpus.entries()) {
      const verdicts = judgeWithLibraries(await modelCase(c, now));
      const real: Record<LibraryName, Outcome> = {
        pyjwt: pyjwt.results[i] as Outcome,
        jsonwebtoken: runJsonwebtoken(c),
        jose: await runJose(c),
      };
      for (const v of verdicts) {
        const model: Outcome =
          v.verdict === 'reject' ? { verdict: v.verdict, error: v.error } : { verdict: v.verdict };
        const { verdict, error } = real[v.lib];
        rows.push({
          name: c.name,
          lib: v.lib,
          model,
          real: error === undefined ? { verdict } : { verdict, error },
        });
      }
    }
  }, 120_000);

  it('runs the PyJWT version the model describes (Debian bookworm python3-jwt)', () => {
    expect(pyjwtVersion).toBe('2.6.0');
  });

  it('has at least 150 cases', () => {
    expect(corpusSize).toBeGreaterThanOrEqual(150);
  });

  it('gives exactly the real verdict and error wherever the model gives one', () => {
    const mismatches = rows
      .filter((r) => r.model.verdict !== 'unknown')
      .filter((r) => r.model.verdict !== r.real.verdict || r.model.error !== r.real.error)
      .map((r) => `${r.lib} · ${r.name}: model ${JSON.stringify(r.model)}, real ${JSON.stringify(r.real)}`);
    expect(mismatches).toEqual([]);
  });

  it('says unknown only for a few cases, and covers accepts and rejects of every library', () => {
    for (const lib of ['pyjwt', 'jsonwebtoken', 'jose'] as const) {
      const mine = rows.filter((r) => r.lib === lib);
      const unknown = mine.filter((r) => r.model.verdict === 'unknown');
      expect(unknown.length, `${lib}: ${unknown.map((r) => r.name).join('; ')}`).toBeLessThan(
        mine.length * 0.15,
      );
      expect(mine.some((r) => r.model.verdict === 'accept')).toBe(true);
      expect(mine.some((r) => r.model.verdict === 'reject')).toBe(true);
    }
  });
});
