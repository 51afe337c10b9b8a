// Copy as code: the jose (Node) program.

import { jsJson, jsList, jsSharedOptions, jsText, quoteJs } from './literals';
import { placeholderName, requiredClaimsOf, type KeySource, type SnippetOptions } from './snippet-options';

export function makeJoseSnippet(options: SnippetOptions, key: KeySource): string {
  const env = `process.env.${placeholderName(key)}`;
  const imports = ["import * as jose from 'jose';"];
  let keyLines: string;
  let keyName = 'key';
  switch (key.kind) {
    case 'secret': {
      const source = key.text === undefined ? env : jsText(key.text);
      keyLines = {
        utf8: `const key = new TextEncoder().encode(${source});`,
        base64url: `const key = jose.base64url.decode(${source});`,
        base64: `const key = Buffer.from(${source}, 'base64');`,
        hex: `const key = Buffer.from(${source}, 'hex');`,
      }[key.encoding];
      break;
    }
    case 'pem': {
      const pem = key.text === undefined ? env : jsText(key.text);
      if (key.format === 'spki')
        keyLines = `const key = await jose.importSPKI(${pem}, ${quoteJs(options.alg)});`;
      else if (key.format === 'certificate') {
        keyLines = `const key = await jose.importX509(${pem}, ${quoteJs(options.alg)});`;
      } else {
        // jose imports only SPKI public keys; Node reads PKCS#1 and derives the public half of a private key.
        imports.unshift("import { createPublicKey } from 'node:crypto';");
        keyLines = `const key = createPublicKey(${pem});`;
      }
      break;
    }
    case 'jwk': {
      const jwk = jsJson(key, env);
      keyLines = `const key = await jose.importJWK(${jwk}, ${quoteJs(options.alg)});`;
      break;
    }
    case 'jwks': {
      const jwks = jsJson(key, env);
      keyLines = `// Picks the key by the token's kid.\nconst jwks = jose.createLocalJWKSet(${jwks});`;
      keyName = 'jwks';
      break;
    }
  }
  const verifyOptions = jsSharedOptions(options);
  if (options.expectedType !== undefined) verifyOptions.push(`  typ: ${quoteJs(options.expectedType)},`);
  if (options.maxAge !== undefined) verifyOptions.push(`  maxTokenAge: ${options.maxAge},`);
  if (options.clockTolerance > 0) verifyOptions.push(`  clockTolerance: ${options.clockTolerance},`);
  const required = requiredClaimsOf(options);
  if (required.length > 0) verifyOptions.push(`  requiredClaims: ${jsList(required)},`);
  return [
    '// Verifies the token with jose (npm install jose) in Node.js 20 or later, as an ES module.',
    ...imports,
    '',
    `const token = ${quoteJs(options.token)};`,
    keyLines,
    '',
    `const { payload, protectedHeader } = await jose.jwtVerify(token, ${keyName}, {`,
    ...verifyOptions,
    '});',
    'console.log(protectedHeader, payload);',
    '',
  ].join('\n');
}
