// Journey: paste a token made by PyJWT or jsonwebtoken, then its key in every format the key box takes.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { X509Certificate } from 'node:crypto';
import type { InteropFixtures, InteropKeyKind, InteropKeySet, InteropToken } from '../src/core/fixtures';
// Node's ESM loader (which runs the specs) needs the import attribute that Vite does without.
import interopJson from '../src/core/fixtures/interop.json' with { type: 'json' };
import { openApp, pasteToken, signHs256 } from './helpers';

// Each test drives several edits through the page; a loaded CI machine needs more than 30 s.
test.describe.configure({ timeout: 90_000 });

const interop = interopJson as unknown as InteropFixtures;

type Encoding = 'utf8' | 'base64url' | 'base64' | 'hex';

/** One way of writing a key, what key-status must say about it, and the secret encoding it needs. */
interface KeyCase {
  name: string;
  text: string;
  encoding?: Encoding;
  status: RegExp[];
  /** What signature-status must add (which JWKS key matched). */
  signature?: RegExp;
}

const signature = (page: Page) => page.getByTestId('signature-status');
const keyStatus = (page: Page) => page.getByTestId('key-status');

async function useKey(page: Page, text: string, encoding: Encoding = 'utf8'): Promise<void> {
  await page.getByTestId('secret-encoding').selectOption(encoding);
  await page.getByTestId('key-input').fill(text);
}

async function expectSignature(page: Page, state: string): Promise<void> {
  await expect(signature(page)).not.toHaveAttribute('data-busy', 'true');
  await expect(signature(page)).toHaveAttribute('data-state', state);
  await expect(signature(page)).not.toHaveAttribute('data-busy', 'true');
}

/** A key error must be a sentence a person can act on, never a bare browser exception name. */
async function expectKeyErrorSentence(page: Page, pattern: RegExp): Promise<void> {
  await expectSignature(page, 'key-error');
  await expect(signature(page)).toContainText(pattern);
  await expect(signature(page)).not.toContainText('DOMException');
  await expect(signature(page)).not.toContainText('undefined');
}

// Paste noise: CRLF line ends, blank lines and spaces around the block.
const messy = (pem: string) => `\r\n  \r\n${pem.trim().replace(/\n/g, '\r\n')}\r\n\r\n   `;

const CURVES: Record<InteropKeyKind, string> = {
  rsa2048: 'RSA 2048-bit',
  rsa1024: 'RSA 1024-bit',
  p256: 'EC P-256',
  p384: 'EC P-384',
  p521: 'EC P-521',
  ed25519: 'Ed25519',
};

/** The certificate's subject, issuer and validity as Node reads them (an independent X.509 parser). */
function certificateFacts(pem: string): RegExp[] {
  const cert = new X509Certificate(pem);
  const cn = (dn: string) => /CN=([^\n,]+)/.exec(dn)?.[1] ?? '';
  const day = (d: string) => new Date(d).toISOString().slice(0, 10);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    /X\.509 certificate/,
    new RegExp(`subject [^·]*CN=${esc(cn(cert.subject))}`),
    new RegExp(`issuer [^·]*CN=${esc(cn(cert.issuer))}`),
    new RegExp(`valid ${day(cert.validFrom)} to ${day(cert.validTo)}`),
  ];
}

function asymmetricKeyCases(kind: InteropKeyKind, set: InteropKeySet, alg: string): KeyCase[] {
  const size = new RegExp(CURVES[kind]);
  const kid = `${kind}-kid`;
  const cases: KeyCase[] = [
    { name: 'SPKI PEM', text: set.spki, status: [size, /public key · SPKI PEM/] },
    { name: 'SPKI PEM with CRLF and blank lines', text: messy(set.spki), status: [/SPKI PEM/] },
    // A private key verifies through its public half.
    { name: 'PKCS#8 private PEM', text: set.pkcs8, status: [size, /private key · PKCS#8 PEM/] },
    {
      name: 'X.509 certificate',
      text: set.certificate,
      status: [size, ...certificateFacts(set.certificate)],
    },
    { name: 'public JWK without alg', text: JSON.stringify(set.publicJwk), status: [/public key · JWK/] },
    {
      name: 'public JWK with alg and kid',
      text: JSON.stringify({ ...set.publicJwk, alg, kid }),
      status: [/public key · JWK/, new RegExp(`kid ${kid}`), new RegExp(`for ${alg}`)],
    },
    { name: 'private JWK without alg', text: JSON.stringify(set.privateJwk), status: [/private key · JWK/] },
    {
      name: 'private JWK with alg, pretty-printed',
      text: JSON.stringify({ ...set.privateJwk, alg }, null, 2).replace(/\n/g, '\r\n'),
      status: [/private key · JWK/, new RegExp(`for ${alg}`)],
    },
  ];
  if (set.pkcs1Public)
    cases.push({
      name: 'PKCS#1 public PEM',
      text: set.pkcs1Public,
      status: [size, /public key · PKCS#1 PEM/],
    });
  if (set.pkcs1Private)
    cases.push({
      name: 'PKCS#1 private PEM',
      text: messy(set.pkcs1Private),
      status: [size, /private key · PKCS#1 PEM/],
    });
  if (set.sec1) cases.push({ name: 'SEC1 PEM', text: set.sec1, status: [size, /private key · SEC1 PEM/] });
  if (set.sec1WithParams)
    cases.push({
      name: 'SEC1 PEM after an EC PARAMETERS block',
      text: messy(set.sec1WithParams),
      status: [size, /SEC1 PEM/],
    });
  const jwks = interop.pyjwtJwks.keys;
  const index = jwks.findIndex((k) => k.kid === kid);
  if (index >= 0) {
    cases.push({
      name: "PyJWT's JWKS, picked by kid",
      text: JSON.stringify(interop.pyjwtJwks),
      status: [/JWKS with 5 keys/, new RegExp(`kids .*${kid}`)],
      signature: new RegExp(`with JWKS key ${index + 1} \\(kid ${kid}\\)`),
    });
  }
  return cases;
}

function hmacKeyCases(secretB64url: string, alg: string): KeyCase[] {
  const bytes = Buffer.from(secretB64url, 'base64url');
  const b64 = bytes.toString('base64');
  const n = bytes.length;
  return [
    {
      name: 'base64url secret',
      text: secretB64url,
      encoding: 'base64url',
      status: [/-byte secret · base64url/],
    },
    {
      name: 'base64 secret broken over lines',
      text: `  ${b64.slice(0, 20)}\r\n${b64.slice(20)}\n`,
      encoding: 'base64',
      status: [new RegExp(`${n}-byte secret · base64`)],
    },
    {
      name: 'hex secret',
      text: bytes.toString('hex').toUpperCase(),
      encoding: 'hex',
      status: [new RegExp(`${n}-byte secret · hex`)],
    },
    {
      name: 'oct JWK without alg',
      text: JSON.stringify({ kty: 'oct', k: secretB64url }),
      status: [new RegExp(`${n}-byte secret · JWK`)],
    },
    {
      name: 'oct JWK with alg',
      text: JSON.stringify({ kty: 'oct', k: secretB64url, alg }),
      status: [new RegExp(`for ${alg}`)],
    },
    {
      name: 'JWKS picked by kid',
      text: JSON.stringify({
        keys: [
          { kty: 'oct', k: Buffer.from('decoy').toString('base64url'), kid: 'other' },
          { kty: 'oct', k: secretB64url, kid: 'hmac-kid' },
        ],
      }),
      status: [/JWKS with 2 keys · kids other, hmac-kid/],
      signature: /with JWKS key 2 \(kid hmac-kid\)/,
    },
  ];
}

const keyCasesFor = (t: InteropToken): KeyCase[] =>
  t.alg.startsWith('HS')
    ? hmacKeyCases(interop.secrets[t.alg as 'HS256' | 'HS384' | 'HS512'], t.alg)
    : asymmetricKeyCases(t.key as InteropKeyKind, interop.keys[t.key as InteropKeyKind], t.alg);

test('the fixtures cover both libraries and every alg', () => {
  const algs = new Set(interop.tokens.map((t) => t.alg));
  for (const alg of 'HS256 HS384 HS512 RS256 RS384 RS512 PS256 PS384 PS512 ES256 ES384 ES512 EdDSA'.split(
    ' ',
  ))
    expect(algs, alg).toContain(alg);
  expect(new Set(interop.tokens.map((t) => t.issuer.split(' ')[0]))).toEqual(
    new Set(['jsonwebtoken', 'PyJWT']),
  );
});

for (const t of interop.tokens) {
  test(`${t.issuer} ${t.alg} (signed from ${t.signedWith}, ${t.key}) verifies with every key format`, async ({
    page,
  }) => {
    // A dozen key formats per token, each verified in the page: allow more than the default 30 s.
    test.setTimeout(180_000);
    const { errors } = await openApp(page);
    await pasteToken(page, t.token);
    await expect(page.getByTestId('token-status')).toHaveAttribute('data-kind', 'jws');
    await expectSignature(page, 'no-key');
    for (const k of keyCasesFor(t)) {
      await test.step(k.name, async () => {
        await useKey(page, k.text, k.encoding);
        await expect(keyStatus(page)).toHaveAttribute('data-state', 'ok');
        await expectSignature(page, 'valid');
        await expect(signature(page)).toContainText('Signature verified');
        for (const s of k.status) await expect(keyStatus(page)).toContainText(s);
        if (k.signature) await expect(signature(page)).toContainText(k.signature);
      });
    }
    await test.step('a changed signature does not verify', async () => {
      const [h, p, s = ''] = t.token.split('.');
      const last = s.at(-2) === 'A' ? 'B' : 'A';
      await pasteToken(page, `${h}.${p}.${s.slice(0, -2)}${last}${s.at(-1) ?? ''}`);
      await expectSignature(page, 'invalid');
    });
    await test.step('a changed payload does not verify', async () => {
      const [h, , s] = t.token.split('.');
      const payload = Buffer.from(JSON.stringify({ sub: 'mallory', exp: 4102444800 })).toString('base64url');
      await pasteToken(page, `${h}.${payload}.${s}`);
      await expectSignature(page, 'invalid');
    });
    if (t.key === 'rsa1024') {
      await pasteToken(page, t.token);
      await expectSignature(page, 'valid');
      // RSA under 2048 bits is still checked, with a warning.
      await expect(page.getByText(/only 1024 bits.*at least 2048/)).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
}

const byAlg = (alg: string, key?: string) => {
  const t = interop.tokens.find((x) => x.alg === alg && (key === undefined || x.key === key));
  if (!t) throw new Error(`no fixture for ${alg}`);
  return t.token;
};

test('a UTF-8 secret verifies; a base64url secret read as UTF-8 does not, and the hint says so', async ({
  page,
}) => {
  const { errors } = await openApp(page);
  const secret = 'correct horse battery staple, 32+ bytes long';
  await pasteToken(page, signHs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'utf8' }, secret));
  await useKey(page, secret);
  await expectSignature(page, 'valid');
  await expect(keyStatus(page)).toContainText(/-byte secret · UTF-8 text/);

  await pasteToken(page, byAlg('HS256'));
  await useKey(page, interop.secrets.HS256);
  await expectSignature(page, 'invalid');
  await expect(page.getByText(/looks base64url-encoded but is read as UTF-8/)).toBeVisible();
  await page.getByTestId('secret-encoding').selectOption('base64url');
  await expectSignature(page, 'valid');
  expect(errors).toEqual([]);
});

test('a JWKS without the token’s kid lists the kids it has', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, byAlg('ES256'));
  const others = { keys: interop.pyjwtJwks.keys.filter((k) => k.kid !== 'p256-kid') };
  await useKey(page, JSON.stringify(others));
  await expect(keyStatus(page)).toHaveAttribute('data-state', 'ok');
  await expectKeyErrorSentence(page, /No key in the JWKS has kid “p256-kid”/);
  for (const k of others.keys) await expect(signature(page)).toContainText(String(k.kid));
});

test('a token without a kid tries each fitting JWKS key and says which one matched', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, byAlg('RS256', 'rsa1024'));
  const jwks = { keys: [interop.keys.rsa2048.publicJwk, interop.keys.rsa1024.publicJwk] };
  await useKey(page, JSON.stringify(jwks));
  await expectSignature(page, 'valid');
  await expect(signature(page)).toContainText(/JWKS key 2.*after trying 2 keys/);
});

test('an RSA key for an ES256 token is a key error in words', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, byAlg('ES256'));
  for (const key of [interop.keys.rsa2048.spki, JSON.stringify(interop.keys.rsa2048.publicJwk)]) {
    await useKey(page, key);
    await expect(keyStatus(page)).toHaveAttribute('data-state', 'ok');
    await expectKeyErrorSentence(page, /This is an RSA key, but ES256 needs an EC P-256 key/);
  }
});

test('an EC key on the wrong curve is a key error naming both curves', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, byAlg('ES256'));
  await useKey(page, interop.keys.p384.spki);
  await expectKeyErrorSentence(page, /curve P-384, but ES256 needs P-256/);
  await pasteToken(page, byAlg('EdDSA'));
  await useKey(page, interop.keys.p256.pkcs8);
  await expectKeyErrorSentence(page, /EC key, but EdDSA needs an Ed25519 key/);
  await pasteToken(page, byAlg('HS256'));
  await expectKeyErrorSentence(page, /HS256 needs a shared secret/);
});

test('an empty secret is an error, not a silent pass', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, byAlg('HS256'));
  for (const [text, encoding] of [
    ['====', 'base64url'],
    [JSON.stringify({ kty: 'oct', k: '' }), 'utf8'],
  ] as const) {
    await useKey(page, text, encoding);
    await expect(keyStatus(page)).toHaveAttribute('data-state', 'error');
    await expect(keyStatus(page)).toContainText('The secret is empty');
    await expectKeyErrorSentence(page, /secret is empty/);
  }
  await useKey(page, 'not hex!', 'hex');
  await expect(keyStatus(page)).toContainText('not valid hex');
  await expectSignature(page, 'key-error');
});

const unreadable: [string, string, RegExp][] = [
  [
    'a PEM with a broken body',
    '-----BEGIN PUBLIC KEY-----\nnot base64!!\n-----END PUBLIC KEY-----',
    /not valid base64/,
  ],
  [
    'a truncated SPKI',
    (() => {
      const lines = interop.keys.rsa2048.spki.trim().split('\n');
      return [...lines.slice(0, 3), lines.at(-1)].join('\n');
    })(),
    /could not be read as a key/,
  ],
  [
    'a PEM without its END line',
    interop.keys.p256.spki.split('-----END')[0] ?? '',
    /no matching END line|could not|not/,
  ],
  [
    'a certificate request',
    '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----',
    /not a key/,
  ],
  ['JSON that does not parse', '{"kty":"RSA","n":', /does not parse/],
  ['a JWK without kty', '{"n":"AQAB","e":"AQAB"}', /no "kty"/],
  ['an EC JWK without y', JSON.stringify({ ...interop.keys.p256.publicJwk, y: undefined }), /lacks its "y"/],
  ['a JWK with a bad member', JSON.stringify({ ...interop.keys.p256.publicJwk, x: '***' }), /"x" member/],
  ['a JWKS with keys not a list', '{"keys":"x"}', /kty|JWKS|JWK/],
];

for (const [name, text, pattern] of unreadable) {
  test(`${name} gets a key error with a sentence`, async ({ page }) => {
    const { errors } = await openApp(page);
    await pasteToken(page, byAlg('ES256'));
    await useKey(page, text);
    await expect(keyStatus(page)).toHaveAttribute('data-state', 'error');
    await expect(keyStatus(page)).toContainText(pattern);
    await expect(keyStatus(page)).not.toContainText('DOMException');
    await expectKeyErrorSentence(page, /Key cannot be used: \S+/);
    expect(errors).toEqual([]);
  });
}
