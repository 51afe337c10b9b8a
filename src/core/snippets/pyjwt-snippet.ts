// Copy as code: the PyJWT program.

import { oneOrMany, pyList, pyText, pyValue, quotePython } from './literals';
import {
  allowedAlgorithms,
  placeholderName,
  requiredClaimsOf,
  type KeySource,
  type SnippetOptions,
} from './snippet-options';

export function makePyjwtSnippet(options: SnippetOptions, key: KeySource): string {
  const env = `os.environ[${quotePython(placeholderName(key))}]`;
  const imports = new Set<string>(['import jwt']);
  const needsOs =
    key.kind === 'secret' || key.kind === 'pem'
      ? key.text === undefined
      : key.value === undefined && key.raw === undefined;
  if (needsOs) imports.add('import os');
  let keyLines: string;
  switch (key.kind) {
    case 'secret': {
      const source = key.text === undefined ? env : pyText(key.text);
      if (key.encoding === 'utf8') keyLines = `key = ${source}`;
      else if (key.encoding === 'hex') keyLines = `key = bytes.fromhex(${source})`;
      else if (key.encoding === 'base64') {
        imports.add('import base64');
        keyLines = `key = base64.b64decode(${source})`;
      } else {
        imports.add('import base64');
        keyLines = `secret = ${source}\nkey = base64.urlsafe_b64decode(secret + "=" * (-len(secret) % 4))`;
      }
      break;
    }
    case 'pem': {
      const pem = key.text === undefined ? env : pyText(key.text);
      if (key.format === 'certificate') {
        imports.add('from cryptography.x509 import load_pem_x509_certificate');
        keyLines = `key = load_pem_x509_certificate(${pem}.encode()).public_key()`;
      } else if (key.format === 'private') {
        imports.add('from cryptography.hazmat.primitives.serialization import load_pem_private_key');
        keyLines = `key = load_pem_private_key(${pem}.encode(), password=None).public_key()`;
      } else {
        keyLines = `key = ${pem}`;
      }
      break;
    }
    case 'jwk': {
      const jwk = key.value !== undefined ? pyValue(key.value) : jsonLoads(key.raw, env, imports);
      keyLines = `key = jwt.PyJWK(${jwk}, algorithm=${quotePython(options.alg)}).key`;
      break;
    }
    case 'jwks': {
      const jwks = key.value !== undefined ? pyValue(key.value) : jsonLoads(key.raw, env, imports);
      keyLines = [
        `jwks = jwt.PyJWKSet.from_dict(${jwks})`,
        "# Picks the key by the token's kid.",
        'kid = jwt.get_unverified_header(token).get("kid")',
        'key = next(k for k in jwks.keys if kid is None or k.key_id == kid).key',
      ].join('\n');
      break;
    }
  }
  const args = ['    token,', '    key,', `    algorithms=${pyList(allowedAlgorithms(options))},`];
  const decodeOptions: string[] = [];
  if (options.audience?.length) {
    args.push(`    audience=${oneOrMany(options.audience, quotePython, pyList)},`);
  } else {
    // PyJWT rejects a token with aud unless an audience is expected; nothing is expected here.
    decodeOptions.push('"verify_aud": False');
  }
  // PyJWT before 2.10 takes a single issuer; several are checked after decoding.
  if (options.issuer?.length === 1) args.push(`    issuer=${quotePython(options.issuer[0] ?? '')},`);
  if (options.clockTolerance > 0) args.push(`    leeway=${options.clockTolerance},`);
  // A maximum age is measured from iat, so iat is required too.
  const required = requiredClaimsOf(options);
  if (options.maxAge !== undefined && !required.includes('iat')) required.push('iat');
  if (required.length > 0) decodeOptions.push(`"require": ${pyList(required)}`);
  if (options.maxAge !== undefined) imports.add('import time');
  if (decodeOptions.length > 0) args.push(`    options={${decodeOptions.join(', ')}},`);
  const lines = [
    '# Verifies the token with PyJWT (pip install "pyjwt[crypto]").',
    ...groupPythonImports([...imports]),
    '',
    `token = ${quotePython(options.token)}`,
    keyLines,
    '',
    'claims = jwt.decode(',
    ...args,
    ')',
  ];
  if (options.issuer && options.issuer.length > 1) {
    lines.push(
      `if claims.get("iss") not in ${pyList(options.issuer)}:`,
      '    raise jwt.InvalidIssuerError("Invalid issuer")',
    );
  }
  if (options.expectedType !== undefined) {
    lines.push(
      '# PyJWT does not check typ: compare it as RFC 8725 §3.11 and jose do.',
      'typ = jwt.get_unverified_header(token).get("typ")',
      `if not isinstance(typ, str) or typ.lower().removeprefix("application/") != ${quotePython(
        options.expectedType.toLowerCase().replace(/^application\//, ''),
      )}:`,
      '    raise jwt.InvalidTokenError("Unexpected typ")',
    );
  }
  if (options.maxAge !== undefined) {
    const leeway = options.clockTolerance > 0 ? ` + ${options.clockTolerance}` : '';
    lines.push(
      '# PyJWT has no maximum age: measure it from iat.',
      `if time.time() - claims["iat"] > ${options.maxAge}${leeway}:`,
      '    raise jwt.ExpiredSignatureError("The token is older than the maximum age")',
    );
  }
  lines.push('print(claims)', '');
  return lines.join('\n');
}

function jsonLoads(raw: string | undefined, env: string, imports: Set<string>): string {
  imports.add('import json');
  return `json.loads(${raw === undefined ? env : quotePython(raw)})`;
}

const PYTHON_STDLIB = new Set(['import base64', 'import json', 'import os', 'import time']);

/** The standard library's imports, a blank line, then the third-party ones (PEP 8), each group sorted. */
function groupPythonImports(imports: string[]): string[] {
  const standard = imports.filter((line) => PYTHON_STDLIB.has(line)).sort();
  const thirdParty = imports.filter((line) => !PYTHON_STDLIB.has(line)).sort();
  return standard.length > 0 ? [...standard, '', ...thirdParty] : thirdParty;
}
