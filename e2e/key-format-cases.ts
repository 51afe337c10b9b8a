// The key-format journeys' cases and waits, shared by the verify-key-formats*.spec.ts files (one per key family).
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { X509Certificate } from 'node:crypto';
import type { InteropFixtures, InteropKeyKind, InteropKeySet, InteropToken } from '../src/core/fixtures';
// Node's ESM loader (which runs the specs) needs the import attribute that Vite does without.
import interopJson from '../src/core/fixtures/interop.json' with { type: 'json' };
import { pasteToken } from './helpers';

export const interop = interopJson as unknown as InteropFixtures;

export type Encoding = 'utf8' | 'base64url' | 'base64' | 'hex';

/** One way of writing a key, what key-status must say about it, and the secret encoding it needs. */
export interface KeyCase {
  name: string;
  text: string;
  encoding?: Encoding;
  status: RegExp[];
  /** What signature-status must add (which JWKS key matched). */
  signature?: RegExp;
}

export const signature = (page: Page) => page.getByTestId('signature-status');
export const keyStatus = (page: Page) => page.getByTestId('key-status');

/** Puts a key in the key box; the encoding is chosen only when it changes (each choice re-reads the key). */
export async function useKey(page: Page, text: string, encoding: Encoding = 'utf8'): Promise<void> {
  const select = page.getByTestId('secret-encoding');
  if ((await select.inputValue()) !== encoding) await select.selectOption(encoding);
  await page.getByTestId('key-input').fill(text);
}

export async function expectSignature(page: Page, state: string): Promise<void> {
  await expect(signature(page)).not.toHaveAttribute('data-busy', 'true');
  await expect(signature(page)).toHaveAttribute('data-state', state);
  await expect(signature(page)).not.toHaveAttribute('data-busy', 'true');
}

/** A key error must be a sentence a person can act on, never a bare browser exception name. */
export async function expectKeyErrorSentence(page: Page, pattern: RegExp): Promise<void> {
  await expectSignature(page, 'key-error');
  await expect(signature(page)).toContainText(pattern);
  await expect(signature(page)).not.toContainText('DOMException');
  await expect(signature(page)).not.toContainText('undefined');
}

const source = (r: RegExp | undefined) => (r ? ([r.source, r.flags] as const) : undefined);

/**
 * Waits until key-status is ok, signature-status is settled on valid ("Signature verified") and both say what
 * the case expects: one check in the page each animation frame, instead of a dozen polled expect calls (each
 * polled at 100, 250, 500, 1000 ms). When the page does not get there, the same checks run again as expect calls,
 * which fail with their usual message.
 */
export async function expectVerifiedWith(page: Page, k: KeyCase, timeout = 20_000): Promise<void> {
  const settled = await page
    .waitForFunction(
      ({ status, sig }) => {
        const key = document.querySelector('[data-testid="key-status"]');
        const out = document.querySelector('[data-testid="signature-status"]');
        if (!key || !out) return false;
        const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');
        return (
          key.getAttribute('data-state') === 'ok' &&
          out.getAttribute('data-busy') !== 'true' &&
          out.getAttribute('data-state') === 'valid' &&
          text(out).includes('Signature verified') &&
          status.every(([s, f]) => new RegExp(s, f).test(text(key))) &&
          (!sig || new RegExp(sig[0], sig[1]).test(text(out)))
        );
      },
      { status: k.status.map((r) => [r.source, r.flags] as const), sig: source(k.signature) },
      { polling: 'raf', timeout },
    )
    .then(
      () => true,
      () => false,
    );
  if (settled) return;
  await expect(keyStatus(page)).toHaveAttribute('data-state', 'ok');
  await expectSignature(page, 'valid');
  await expect(signature(page)).toContainText('Signature verified');
  for (const s of k.status) await expect(keyStatus(page)).toContainText(s);
  if (k.signature) await expect(signature(page)).toContainText(k.signature);
}

/**
 * One token from another library: with no key it says no-key; every key format verifies it; a changed signature
 * and a changed payload do not. Runs in the page it is given (a group of tokens shares one page).
 */
export async function verifyTokenWithEveryFormat(page: Page, t: InteropToken): Promise<void> {
  await test.step(`${t.issuer} ${t.alg} (signed from ${t.signedWith}, ${t.key})`, async () => {
    await useKey(page, '');
    await pasteToken(page, t.token);
    await expect(page.getByTestId('token-status')).toHaveAttribute('data-kind', 'jws');
    await expectSignature(page, 'no-key');
    for (const k of keyCasesFor(t)) {
      await test.step(k.name, async () => {
        await useKey(page, k.text, k.encoding);
        await expectVerifiedWith(page, k);
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
  });
}

/** The interop tokens whose alg starts with one of the prefixes, by issuing library. */
export function tokensBy(prefixes: string[]): Map<string, InteropToken[]> {
  const groups = new Map<string, InteropToken[]>();
  for (const t of interop.tokens) {
    if (!prefixes.some((p) => t.alg.startsWith(p))) continue;
    const lib = t.issuer.split(' ')[0] ?? t.issuer;
    groups.set(lib, [...(groups.get(lib) ?? []), t]);
  }
  return groups;
}

export const byAlg = (alg: string, key?: string) => {
  const t = interop.tokens.find((x) => x.alg === alg && (key === undefined || x.key === key));
  if (!t) throw new Error(`no fixture for ${alg}`);
  return t.token;
};

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

export function asymmetricKeyCases(kind: InteropKeyKind, set: InteropKeySet, alg: string): KeyCase[] {
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

export function hmacKeyCases(secretB64url: string, alg: string): KeyCase[] {
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

export const keyCasesFor = (t: InteropToken): KeyCase[] =>
  t.alg.startsWith('HS')
    ? hmacKeyCases(interop.secrets[t.alg as 'HS256' | 'HS384' | 'HS512'], t.alg)
    : asymmetricKeyCases(t.key as InteropKeyKind, interop.keys[t.key as InteropKeyKind], t.alg);
