// Tests for copy-as-code: the snippets carry the options, escape any text, and really verify when run.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import * as jose from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSnippets, quoteJs, quotePython } from './snippets';
import { publicKeyForSnippet } from './public-key';
import type { Snippet, SnippetLanguage, SnippetOptions } from './snippets';

const NOW = Math.floor(Date.now() / 1000);
const TRICKY = `it's a "secret" \\ with\nnew lines, \${x}, \`ticks\`, \u2028 and ü`;

function codeOf(snippets: Snippet[], lang: SnippetLanguage): string {
  const snippet = snippets.find((s) => s.lang === lang);
  if (!snippet) throw new Error(`no ${lang} snippet`);
  return snippet.code;
}

const base: SnippetOptions = {
  token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln',
  alg: 'HS256',
  keyKind: 'secret',
  keyText: 'my secret',
  includeKey: false,
  clockTolerance: 0,
  requireExp: false,
};

describe('makeSnippets', () => {
  it('makes one snippet per library', () => {
    expect(makeSnippets(base).map((s) => s.lang)).toEqual(['jose', 'pyjwt', 'jsonwebtoken']);
  });

  it('makes none for an unsecured token', () => {
    expect(makeSnippets({ ...base, alg: 'none' })).toEqual([]);
  });

  it('writes the options in each library’s own terms', () => {
    const snippets = makeSnippets({
      ...base,
      alg: 'HS384',
      audience: ['api', 'admin'],
      issuer: ['https://issuer.example'],
      clockTolerance: 30,
      requireExp: true,
    });
    const expected: Record<SnippetLanguage, string[]> = {
      jose: [
        "algorithms: ['HS384']",
        "audience: ['api', 'admin']",
        "issuer: 'https://issuer.example'",
        'clockTolerance: 30',
        "requiredClaims: ['exp']",
      ],
      pyjwt: [
        'algorithms=["HS384"]',
        'audience=["api", "admin"]',
        'issuer="https://issuer.example"',
        'leeway=30',
        'options={"require": ["exp"]}',
      ],
      jsonwebtoken: [
        "algorithms: ['HS384']",
        "audience: ['api', 'admin']",
        'clockTolerance: 30',
        'payload.exp',
      ],
    };
    for (const [lang, parts] of Object.entries(expected) as [SnippetLanguage, string[]][]) {
      for (const part of parts) expect(codeOf(snippets, lang)).toContain(part);
    }
  });

  it('leaves out options that are not set', () => {
    const snippets = makeSnippets(base);
    expect(codeOf(snippets, 'jose')).not.toMatch(/audience|issuer|clockTolerance|requiredClaims/);
    expect(codeOf(snippets, 'jsonwebtoken')).not.toMatch(/audience|issuer|clockTolerance|exp/);
    expect(codeOf(snippets, 'pyjwt')).not.toMatch(/audience=|issuer|leeway|require/);
  });

  it.each([
    ['secret', 'JWT_SECRET'],
    ['pem-public', 'JWT_PUBLIC_KEY'],
    ['pem-private', 'JWT_PUBLIC_KEY'],
    ['pem-certificate', 'JWT_CERTIFICATE'],
    ['jwk', 'JWT_PUBLIC_JWK'],
    ['jwks', 'JWT_JWKS'],
  ] as const)('reads a %s key from the environment (%s) unless asked to include it', (keyKind, name) => {
    const keyText = 'KEY-MATERIAL-1234';
    const snippets = makeSnippets({ ...base, alg: 'RS256', keyKind, keyText });
    for (const { code } of snippets) {
      expect(code).toContain(name);
      expect(code).not.toContain(keyText);
    }
    for (const { code } of makeSnippets({ ...base, alg: 'RS256', keyKind, keyText, includeKey: true })) {
      // A private PEM is never written, even when asked: its public part is (public-key.test.ts).
      if (keyKind === 'pem-private') expect(code).not.toContain(keyText);
      else expect(code).toContain(keyText);
    }
  });

  it('keeps only the public members of an included private JWK', () => {
    const keyText = JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'XX', y: 'YY', d: 'PRIVATE-D' });
    for (const { code } of makeSnippets({
      ...base,
      alg: 'ES256',
      keyKind: 'jwk',
      keyText,
      includeKey: true,
    })) {
      expect(code).toContain('XX');
      expect(code).not.toContain('PRIVATE-D');
    }
  });
});

describe('string literals', () => {
  it.each(['', 'plain', TRICKY, '\u0000\u001f\u007f\ud800', 'a\r\nb\tc', '\u{1F600}'])(
    'quoteJs round-trips %j',
    (text) => {
      expect(new Function(`return ${quoteJs(text)};`)()).toBe(text);
    },
  );
  it('quoteJs round-trips any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        (text) => new Function(`return ${quoteJs(text)};`)() === text,
      ),
    );
  });
});

// ---- running the snippets ----

const workDir = mkdtempSync(join(tmpdir(), 'jwt-snippets-'));
let run = 0;

beforeAll(() => {
  // The snippets import jose and jsonwebtoken: let them resolve this project's node_modules.
  symlinkSync(resolve('node_modules'), join(workDir, 'node_modules'), 'dir');
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function runNode(code: string, env: Record<string, string> = {}): { ok: boolean; output: string } {
  const file = join(workDir, `snippet-${run++}.mjs`);
  writeFileSync(file, code);
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function findPython(): string | undefined {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(python, ['-c', 'import jwt, cryptography'], { stdio: 'ignore' });
      return python;
    } catch {
      // try the next one
    }
  }
  return undefined;
}
const python = findPython();

function runPython(code: string, env: Record<string, string> = {}): { ok: boolean; output: string } {
  const file = join(workDir, `snippet-${run++}.py`);
  writeFileSync(file, code);
  const result = spawnSync(python ?? 'python3', [file], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

const encoder = new TextEncoder();

/** A self-signed RSA certificate and its PKCS#8 key, made with the openssl CLI when it is installed. */
function makeCertificate(): { certificate: string; privateKey: string } | undefined {
  const keyFile = join(workDir, 'cert-key.pem');
  const certFile = join(workDir, 'cert.pem');
  const result = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    keyFile,
    '-out',
    certFile,
    '-subj',
    '/CN=snippet-test',
    '-days',
    '1',
  ]);
  if (result.status !== 0) return undefined;
  return { certificate: readFileSync(certFile, 'utf8'), privateKey: readFileSync(keyFile, 'utf8') };
}

interface Case {
  name: string;
  options: SnippetOptions;
}

async function makeCases(): Promise<Case[]> {
  const claims = { sub: 'snippet-user', aud: 'api', iss: 'https://issuer.example' };
  const signHs = (alg: string, secret: Uint8Array) =>
    new jose.SignJWT(claims)
      .setProtectedHeader({ alg })
      .setIssuedAt(NOW)
      .setExpirationTime(NOW + 600)
      .sign(secret);
  const rsa = await jose.generateKeyPair('RS256', { extractable: true });
  const ec = await jose.generateKeyPair('ES256', { extractable: true });
  const rsToken = await new jose.SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' })
    .setIssuedAt(NOW)
    .setExpirationTime(NOW + 600)
    .sign(rsa.privateKey);
  const esToken = await new jose.SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .setExpirationTime(NOW + 600)
    .sign(ec.privateKey);
  const spki = await jose.exportSPKI(rsa.publicKey);
  const pkcs8 = await jose.exportPKCS8(rsa.privateKey);
  const privateJwk = await jose.exportJWK(rsa.privateKey);
  const ecPublicJwk = await jose.exportJWK(ec.publicKey);
  const otherJwk = await jose.exportJWK(
    (await jose.generateKeyPair('RS256', { extractable: true })).publicKey,
  );
  const jwks = {
    keys: [
      { ...otherJwk, kid: 'rsa-0' },
      { ...(await jose.exportJWK(rsa.publicKey)), kid: 'rsa-1' },
    ],
  };
  const hexSecret = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
  const b64Secret = jose.base64url.encode(encoder.encode('base64url secret, 32 bytes long!'));
  const derivedPublic = async (text: string) => {
    const derived = await publicKeyForSnippet(text);
    if (!derived.ok) throw new Error('no public part');
    return { keyKind: derived.keyKind, keyText: derived.keyText, keyDerivedFromPrivate: derived.derived };
  };
  const common = { includeKey: true, clockTolerance: 5, requireExp: true, audience: ['api'] };
  const certificate = makeCertificate();
  const certCases: Case[] = certificate
    ? [
        {
          name: 'RS256 with an X.509 certificate',
          options: {
            ...common,
            token: await new jose.SignJWT(claims)
              .setProtectedHeader({ alg: 'RS256' })
              .setExpirationTime(NOW + 600)
              .sign(await jose.importPKCS8(certificate.privateKey, 'RS256')),
            alg: 'RS256',
            keyKind: 'pem-certificate',
            keyText: certificate.certificate,
          },
        },
      ]
    : [];
  return [
    ...certCases,
    {
      name: 'HS256 with a UTF-8 secret full of quotes and new lines',
      options: {
        ...common,
        token: await signHs('HS256', encoder.encode(TRICKY)),
        alg: 'HS256',
        keyKind: 'secret',
        keyText: TRICKY,
        audience: ['other', 'api'],
        issuer: ['https://issuer.example'],
      },
    },
    {
      name: 'HS384 with a base64url secret',
      options: {
        ...common,
        token: await signHs('HS384', jose.base64url.decode(b64Secret)),
        alg: 'HS384',
        keyKind: 'secret',
        keyText: b64Secret,
        secretEncoding: 'base64url',
      },
    },
    {
      name: 'HS512 with a hex secret',
      options: {
        ...common,
        token: await signHs('HS512', Uint8Array.from(Buffer.from(hexSecret, 'hex'))),
        alg: 'HS512',
        keyKind: 'secret',
        keyText: hexSecret,
        secretEncoding: 'hex',
      },
    },
    {
      name: 'RS256 with an SPKI public key and two issuers',
      options: {
        ...common,
        token: rsToken,
        alg: 'RS256',
        keyKind: 'pem-public',
        keyText: spki,
        issuer: ['https://other.example', 'https://issuer.example'],
      },
    },
    {
      // As the page does: a private key in the key box is written as its derived public part.
      name: 'RS256 with the public part of a PKCS#8 private key',
      options: { ...common, token: rsToken, alg: 'RS256', ...(await derivedPublic(pkcs8)) },
    },
    {
      name: 'RS256 with a private JWK',
      options: {
        ...common,
        token: rsToken,
        alg: 'RS256',
        keyKind: 'jwk',
        keyText: JSON.stringify(privateJwk),
      },
    },
    {
      name: 'RS256 with a JWKS picked by kid',
      options: { ...common, token: rsToken, alg: 'RS256', keyKind: 'jwks', keyText: JSON.stringify(jwks) },
    },
    {
      name: 'ES256 with a public JWK and no expected audience',
      options: {
        ...common,
        audience: undefined,
        token: esToken,
        alg: 'ES256',
        keyKind: 'jwk',
        keyText: JSON.stringify(ecPublicJwk),
      },
    },
  ];
}

const cases = await makeCases();
const hsCase = cases.find((c) => c.options.keyKind === 'secret');
const rsCase = cases.find((c) => c.options.keyKind === 'pem-public');

describe.each(['jose', 'jsonwebtoken'] as const)('the %s snippet, run with node', (lang) => {
  it.each(cases.map((c) => [c.name, c.options] as const))('verifies %s', (_name, options) => {
    const { ok, output } = runNode(codeOf(makeSnippets(options), lang));
    expect(output).toContain('snippet-user');
    expect(ok).toBe(true);
  });

  it('fails when the expected audience does not match', () => {
    if (!hsCase) throw new Error('no case');
    const { ok } = runNode(codeOf(makeSnippets({ ...hsCase.options, audience: ['someone-else'] }), lang));
    expect(ok).toBe(false);
  });

  it('reads the placeholder key from the environment', () => {
    if (!hsCase || !rsCase) throw new Error('no case');
    const secret = runNode(codeOf(makeSnippets({ ...hsCase.options, includeKey: false }), lang), {
      JWT_SECRET: TRICKY,
    });
    expect(secret.ok).toBe(true);
    const pem = runNode(codeOf(makeSnippets({ ...rsCase.options, includeKey: false }), lang), {
      JWT_PUBLIC_KEY: rsCase.options.keyText ?? '',
    });
    expect(pem.ok).toBe(true);
  });
});

describe('the PyJWT snippet, run with python3', () => {
  const skipReason = python
    ? ''
    : ' (skipped: no python3 with PyJWT and cryptography; apt-get install python3-jwt)';

  it.skipIf(!python).each(cases.map((c) => [c.name, c.options] as const))(
    `verifies %s${skipReason}`,
    (_name, options) => {
      const { ok, output } = runPython(codeOf(makeSnippets(options), 'pyjwt'));
      expect(output).toContain('snippet-user');
      expect(ok).toBe(true);
    },
  );

  it.skipIf(!python)(`fails when the expected issuer does not match${skipReason}`, () => {
    if (!rsCase) throw new Error('no case');
    const { ok } = runPython(codeOf(makeSnippets({ ...rsCase.options, issuer: ['a', 'b'] }), 'pyjwt'));
    expect(ok).toBe(false);
  });

  it.skipIf(!python)(`reads the placeholder key from the environment${skipReason}`, () => {
    if (!hsCase) throw new Error('no case');
    const { ok } = runPython(codeOf(makeSnippets({ ...hsCase.options, includeKey: false }), 'pyjwt'), {
      JWT_SECRET: TRICKY,
    });
    expect(ok).toBe(true);
  });

  it.skipIf(!python)(`quotePython round-trips any string${skipReason}`, () => {
    const texts = [
      TRICKY,
      '',
      '\u0000\u001f\u007f\u0085\ud800',
      'a\r\nb\tc',
      '\u{1F600}',
      ...fc.sample(fc.string({ unit: 'binary' }), 200),
    ];
    const program = `import json\nprint(json.dumps([${texts.map(quotePython).join(', ')}]))\n`;
    const { ok, output } = runPython(program);
    expect(ok).toBe(true);
    expect(JSON.parse(output)).toEqual(texts);
  });
});

// Validation policy (issue 17): every option that is set reaches the code, and the code enforces it.
describe('the validation policy in every snippet', () => {
  const policy = { algorithms: ['HS256', 'HS512'], requiredClaims: ['sub', 'iat'], maxAge: 3600 };

  it('names the options in each library', () => {
    if (!hsCase) throw new Error('no case');
    const snippets = makeSnippets({ ...hsCase.options, ...policy, expectedType: 'at+jwt' });
    expect(codeOf(snippets, 'jose')).toContain("algorithms: ['HS256', 'HS512']");
    expect(codeOf(snippets, 'jose')).toContain("typ: 'at+jwt'");
    expect(codeOf(snippets, 'jose')).toContain('maxTokenAge: 3600');
    expect(codeOf(snippets, 'jose')).toMatch(/requiredClaims: \[.*'sub', 'iat'\]/);
    expect(codeOf(snippets, 'pyjwt')).toContain('algorithms=["HS256", "HS512"]');
    expect(codeOf(snippets, 'pyjwt')).toMatch(/"require": \[.*"sub", "iat"\]/);
    expect(codeOf(snippets, 'jsonwebtoken')).toContain('maxAge: 3600');
  });

  const run = (lang: 'jose' | 'jsonwebtoken' | 'pyjwt', code: string) =>
    lang === 'pyjwt' ? runPython(code) : runNode(code);
  const langs = python ? (['jose', 'jsonwebtoken', 'pyjwt'] as const) : (['jose', 'jsonwebtoken'] as const);

  it.each(langs)('%s: accepts a token that meets the policy', (lang) => {
    if (!hsCase) throw new Error('no case');
    const { ok, output } = run(lang, codeOf(makeSnippets({ ...hsCase.options, ...policy }), lang));
    expect(output).toContain('snippet-user');
    expect(ok).toBe(true);
  });

  it.each(langs)(
    '%s: refuses a missing typ, a missing required claim and an alg outside the list',
    (lang) => {
      if (!hsCase) throw new Error('no case');
      for (const extra of [{ expectedType: 'JWT' }, { requiredClaims: ['jti'] }, { algorithms: ['RS256'] }]) {
        const { ok } = run(lang, codeOf(makeSnippets({ ...hsCase.options, ...policy, ...extra }), lang));
        expect(ok, JSON.stringify(extra)).toBe(false);
      }
    },
  );
});
