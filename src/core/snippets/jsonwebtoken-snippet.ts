// Copy as code: the jsonwebtoken (Node) program.

import { jsJson, jsList, jsSharedOptions, jsText, quoteJs } from './literals';
import { placeholderName, type KeySource, type SnippetOptions } from './snippet-options';

export function makeJsonwebtokenSnippet(options: SnippetOptions, key: KeySource): string {
  const env = `process.env.${placeholderName(key)}`;
  const imports = ["import jwt from 'jsonwebtoken';"];
  let keyLines: string;
  switch (key.kind) {
    case 'secret': {
      const source = key.text === undefined ? env : jsText(key.text);
      keyLines =
        key.encoding === 'utf8'
          ? `const key = ${source};`
          : `const key = Buffer.from(${source}, '${key.encoding}');`;
      break;
    }
    case 'pem':
      // jsonwebtoken reads SPKI, PKCS#1 and certificates, and derives the public half of a private key.
      keyLines = `const key = ${key.text === undefined ? env : jsText(key.text)};`;
      break;
    case 'jwk': {
      const jwk = jsJson(key, env);
      if (key.symmetric) {
        keyLines = `const jwk = ${jwk};\nconst key = Buffer.from(jwk.k, 'base64url');`;
      } else {
        imports.unshift("import { createPublicKey } from 'node:crypto';");
        keyLines = `const key = createPublicKey({ key: ${jwk}, format: 'jwk' });`;
      }
      break;
    }
    case 'jwks': {
      const jwks = jsJson(key, env);
      imports.unshift("import { createPublicKey } from 'node:crypto';");
      keyLines = [
        `const jwks = ${jwks};`,
        "// Picks the key by the token's kid, as jose's createLocalJWKSet does.",
        'const { kid } = jwt.decode(token, { complete: true }).header;',
        'const jwk = jwks.keys.find((k) => kid === undefined || k.kid === kid);',
        "const key = createPublicKey({ key: jwk, format: 'jwk' });",
      ].join('\n');
      break;
    }
  }
  const verifyOptions = jsSharedOptions(options);
  if (options.maxAge !== undefined) verifyOptions.push(`  maxAge: ${options.maxAge},`);
  if (options.clockTolerance > 0) verifyOptions.push(`  clockTolerance: ${options.clockTolerance},`);
  const lines = [
    '// Verifies the token with jsonwebtoken (npm install jsonwebtoken) in Node.js, as an ES module.',
    ...imports,
    '',
    `const token = ${quoteJs(options.token)};`,
    keyLines,
    '',
    'const payload = jwt.verify(token, key, {',
    ...verifyOptions,
    '});',
  ];
  if (options.requireExp) {
    lines.push(
      '// jsonwebtoken has no option to require exp.',
      "if (typeof payload.exp !== 'number') throw new Error('The token has no exp claim');",
    );
  }
  const others = (options.requiredClaims ?? []).filter((c) => !(options.requireExp && c === 'exp'));
  if (others.length > 0) {
    lines.push(
      '// jsonwebtoken has no option to require claims.',
      `for (const claim of ${jsList(others)}) {`,
      '  if (!Object.hasOwn(payload, claim)) throw new Error(`The token has no ${claim} claim`);',
      '}',
    );
  }
  if (options.expectedType !== undefined) {
    lines.push(
      '// jsonwebtoken does not check typ: compare it as RFC 8725 §3.11 and jose do.',
      "const typeOf = (t) => (t.includes('/') ? t : `application/${t}`).toLowerCase();",
      'const { typ } = jwt.decode(token, { complete: true }).header;',
      `if (typeof typ !== 'string' || typeOf(typ) !== typeOf(${quoteJs(options.expectedType)})) {`,
      "  throw new Error('Unexpected typ');",
      '}',
    );
  }
  lines.push('console.log(payload);', '');
  return lines.join('\n');
}
