// The bench's inputs and its Node-side figure: tokens and keys made with jose, and the core's overhead over
// bare jose (the core built for Node with vite's SSR build, timed against jose with the same tokens).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as jose from 'jose';

// ---------------------------------------------------------------- tokens and keys, made in Node with jose
/** HS256, RS256, ES256 and EdDSA sets of `count + 1` tokens each, and a ~1 MB HS256 token. */
export async function makeTokens(PASTES) {
  const now = Math.floor(Date.now() / 1000);
  const claims = (i) => ({
    sub: `user-${i}`,
    name: 'Ada Lovelace',
    iss: 'https://issuer.example',
    iat: now,
    exp: now + 3600,
  });
  const secret = 'bench-secret-that-is-32-bytes-long!!';
  const sets = {};
  const hs = new TextEncoder().encode(secret);
  sets.HS256 = { key: secret, tokens: [] };
  for (let i = 0; i < PASTES + 1; i++) {
    sets.HS256.tokens.push(
      await new jose.SignJWT(claims(i)).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(hs),
    );
  }
  for (const alg of ['RS256', 'ES256', 'EdDSA']) {
    const { privateKey, publicKey } = await jose.generateKeyPair(alg, { extractable: true });
    sets[alg] = { key: await jose.exportSPKI(publicKey), tokens: [] };
    for (let i = 0; i < PASTES + 1; i++) {
      sets[alg].tokens.push(
        await new jose.SignJWT(claims(i)).setProtectedHeader({ alg, typ: 'JWT' }).sign(privateKey),
      );
    }
  }
  // About 1 MB of claims: many small entries, like a real oversized token (a big roles or groups list).
  const big = {
    ...claims(0),
    groups: Array.from({ length: 14_000 }, (_, i) => `group-${i}-${'x'.repeat(40)}`),
  };
  const largeToken = await new jose.SignJWT(big).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(hs);
  return { sets, secret, largeToken };
}

// ---------------------------------------------------------------- core overhead, in Node
export async function coreOverhead(sets, CORE_ITERATIONS) {
  const out = 'bench-results/ssr';
  const build = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--ssr',
      'scripts/bench-core-entry.ts',
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (build.status !== 0) throw new Error('ssr build of the core failed');
  const file = readdirSync(out).find((f) => /^bench-core-entry\.m?js$/.test(f));
  const core = await import(join(process.cwd(), out, file));
  const rows = {};
  const cases = [];
  for (const [alg, set] of Object.entries(sets)) {
    // Each call gets the next of the set's tokens, so the core's one-entry decode cache never answers: both
    // sides decode every token they verify, as in a paste.
    let next = 0;
    const nextToken = () => set.tokens[next++ % set.tokens.length];
    // The key box's cache, owned by the caller as the verification hook owns it.
    const keyCache = core.createKeyReadCache();
    const viaCore = async () => {
      const report = await core.verifyDecodedToken(
        core.decodeToken(nextToken()),
        core.parseKeyInput(set.key, 'utf8', keyCache),
      );
      if (report.state !== 'valid') throw new Error(`core: ${alg} ${report.state}`);
    };
    const secret = new TextEncoder().encode(set.key);
    const bareJose = (importKey) => async () => {
      const token = nextToken();
      core.decodeProtectedHeader(token);
      core.decodeJwt(token);
      await core.compactVerify(token, await importKey());
    };
    // The old baseline: the key imported on every call, as a naive caller would. The core caches imported
    // keys, so this flatters it.
    const viaJoseImporting = bareJose(async () =>
      alg === 'HS256' ? secret : await core.importSPKI(set.key, alg),
    );
    // The honest baseline: the key imported once (for HS256 too: given bytes, jose imports them on every
    // call), so only decode + verify is compared.
    const imported =
      alg === 'HS256'
        ? await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
        : await core.importSPKI(set.key, alg);
    const viaJose = bareJose(async () => imported);
    cases.push({ alg, viaCore, viaJose, viaJoseImporting });
  }
  const time = async (fn) => {
    const t0 = performance.now();
    for (let i = 0; i < CORE_ITERATIONS; i++) await fn();
    return (performance.now() - t0) / CORE_ITERATIONS;
  };
  // Warm-up, for every alg and every side alike before anything is timed: otherwise the first alg measured
  // (HS256) timed the JIT compiling the core's code rather than the code.
  for (const c of cases) {
    for (const fn of [c.viaJoseImporting, c.viaJose, c.viaCore]) {
      for (let i = 0; i < Math.max(200, CORE_ITERATIONS / 2); i++) await fn();
    }
  }
  for (const { alg, viaCore, viaJose, viaJoseImporting } of cases) {
    // Interleave and take the best of three, so a busy machine hurts all sides alike.
    const c = [];
    const j = [];
    const ji = [];
    for (let r = 0; r < 3; r++) {
      ji.push(await time(viaJoseImporting));
      j.push(await time(viaJose));
      c.push(await time(viaCore));
    }
    const coreMs = Math.min(...c);
    const joseMs = Math.min(...j);
    const joseImportingMs = Math.min(...ji);
    rows[alg] = {
      coreMs,
      joseMs,
      ratio: coreMs / joseMs,
      joseImportingMs,
      ratioImporting: coreMs / joseImportingMs,
    };
  }
  return rows;
}
