// Copy as code: programs that verify the current token with the current options in jose, PyJWT and jsonwebtoken.

export type SnippetLanguage = 'jose' | 'pyjwt' | 'jsonwebtoken';

/** How the key is given: a secret, a PEM (public, private or certificate), a JWK or a JWK Set. */
export type SnippetKeyKind = 'secret' | 'pem-public' | 'pem-private' | 'pem-certificate' | 'jwk' | 'jwks';

/** How a secret's text is read into bytes (as the `secret-encoding` select). */
export type SnippetSecretEncoding = 'utf8' | 'base64url' | 'base64' | 'hex';

export interface SnippetOptions {
  /** The compact JWS to verify. */
  token: string;
  alg: string;
  keyKind: SnippetKeyKind;
  /** The key as pasted; written into the code only when `includeKey` is true. */
  keyText?: string;
  includeKey: boolean;
  /** Expected `aud` values; any one may match. */
  audience?: string[];
  /** Expected `iss` values; any one may match. */
  issuer?: string[];
  /** Leeway in seconds for exp / nbf / iat. */
  clockTolerance: number;
  requireExp: boolean;
  /** How a secret is read (default utf8). */
  secretEncoding?: SnippetSecretEncoding;
  /** The verifier's allowed algorithms (validation policy); default: the token's own alg. */
  algorithms?: string[];
  /** Claims that must be present (validation policy). */
  requiredClaims?: string[];
  /** Expected header typ, compared as RFC 8725 §3.11 and jose do (validation policy). */
  expectedType?: string;
  /** Maximum age from iat, in seconds (validation policy). */
  maxAge?: number;
}

/** The algorithms the verifier accepts. */
const allowedAlgorithms = (options: SnippetOptions) =>
  options.algorithms?.length ? options.algorithms : [options.alg];

/** Claims the code requires: exp when asked, the policy's required claims, and iat for a maximum age. */
function requiredClaimsOf(options: SnippetOptions): string[] {
  const claims = [...(options.requireExp ? ['exp'] : []), ...(options.requiredClaims ?? [])];
  return [...new Set(claims)];
}

export interface Snippet {
  lang: SnippetLanguage;
  code: string;
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The key as the snippets see it: what to write, or which placeholder stands for it. */
type KeySource =
  | { kind: 'secret'; encoding: SnippetSecretEncoding; text?: string }
  | { kind: 'pem'; format: 'spki' | 'pkcs1' | 'private' | 'certificate'; text?: string }
  | { kind: 'jwk'; symmetric: boolean; value?: JsonValue; raw?: string }
  | { kind: 'jwks'; value?: JsonValue; raw?: string };

const PRIVATE_JWK_MEMBERS = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth']);

/**
 * Writes one program per library that verifies the compact JWS `token` with the given options; the key
 * is a placeholder read from the environment unless `includeKey` is set. Returns nothing for alg `none`.
 */
export function makeSnippets(options: SnippetOptions): Snippet[] {
  if (options.alg.toLowerCase() === 'none') return [];
  const key = readKeySource(options);
  return [
    { lang: 'jose', code: makeJoseSnippet(options, key) },
    { lang: 'pyjwt', code: makePyjwtSnippet(options, key) },
    { lang: 'jsonwebtoken', code: makeJsonwebtokenSnippet(options, key) },
  ];
}

function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Drops a JWK's private members: verifying needs only the public key, so the snippet never carries more. */
function toPublicJwk(value: JsonValue): JsonValue {
  if (!isObject(value) || value.kty === 'oct') return value;
  return Object.fromEntries(Object.entries(value).filter(([name]) => !PRIVATE_JWK_MEMBERS.has(name)));
}

function readKeySource(options: SnippetOptions): KeySource {
  const text = options.includeKey ? options.keyText : undefined;
  const symmetricAlg = options.alg.startsWith('HS');
  switch (options.keyKind) {
    case 'secret':
      return { kind: 'secret', encoding: options.secretEncoding ?? 'utf8', text };
    case 'pem-certificate':
      return { kind: 'pem', format: 'certificate', text };
    case 'pem-private':
      return { kind: 'pem', format: 'private', text };
    case 'pem-public': {
      const pkcs1 = options.keyText?.includes('BEGIN RSA PUBLIC KEY') ?? false;
      return { kind: 'pem', format: pkcs1 ? 'pkcs1' : 'spki', text };
    }
    case 'jwk': {
      const parsed = options.keyText === undefined ? undefined : parseJson(options.keyText);
      const symmetric = isObject(parsed) ? parsed.kty === 'oct' : symmetricAlg;
      if (text === undefined) return { kind: 'jwk', symmetric };
      return parsed === undefined
        ? { kind: 'jwk', symmetric, raw: text }
        : { kind: 'jwk', symmetric, value: toPublicJwk(parsed) };
    }
    case 'jwks': {
      if (text === undefined) return { kind: 'jwks' };
      const parsed = parseJson(text);
      if (isObject(parsed) && Array.isArray(parsed.keys)) {
        return { kind: 'jwks', value: { ...parsed, keys: parsed.keys.map(toPublicJwk) } };
      }
      return parsed === undefined ? { kind: 'jwks', raw: text } : { kind: 'jwks', value: parsed };
    }
  }
}

/** The environment variable a placeholder key is read from. */
function placeholderName(key: KeySource): string {
  switch (key.kind) {
    case 'secret':
      return 'JWT_SECRET';
    case 'pem':
      return key.format === 'certificate' ? 'JWT_CERTIFICATE' : 'JWT_PUBLIC_KEY';
    case 'jwk':
      return key.symmetric ? 'JWT_SECRET_JWK' : 'JWT_PUBLIC_JWK';
    case 'jwks':
      return 'JWT_JWKS';
  }
}

// ---- string literals ----

// One character class each (linear): any character the loops below would write differently.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NEEDS_ESCAPE_JS = /['\\\u0000-\u001f\u007f\u2028\u2029\ud800-\udfff]/;
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_ESCAPE_PY = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/;

/** A single-quoted JavaScript string literal that evaluates to `text`. */
export function quoteJs(text: string): string {
  // A token is base64url and dots: nothing to escape, so no per-character loop over a 1 MB token.
  if (!NEEDS_ESCAPE_JS.test(text)) return `'${text}'`;
  let out = "'";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "'") out += "\\'";
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (
      code < 0x20 ||
      code === 0x7f ||
      code === 0x2028 ||
      code === 0x2029 ||
      (code >= 0xd800 && code <= 0xdfff)
    ) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return out + "'";
}

/** A double-quoted Python 3 string literal that evaluates to `text`. */
export function quotePython(text: string): string {
  if (!NEEDS_ESCAPE_PY.test(text)) return `"${text}"`;
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff)) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return out + '"';
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A JS expression for `text`, one array item per line when it spans several (a PEM stays readable). */
function jsText(text: string): string {
  const lines = splitLines(text);
  if (lines.length === 1) return quoteJs(text);
  const end = text.endsWith('\n') ? ` + '\\n'` : '';
  return `[\n${lines.map((line) => `  ${quoteJs(line)},\n`).join('')}].join('\\n')${end}`;
}

/** A Python expression for `text`, one implicitly concatenated literal per line when it spans several. */
function pyText(text: string): string {
  const lines = splitLines(text);
  if (lines.length === 1) return quotePython(text);
  const last = lines.length - 1;
  const pieces = lines.map(
    (line, i) => `    ${quotePython(i < last || text.endsWith('\n') ? `${line}\n` : line)}\n`,
  );
  return `(\n${pieces.join('')})`;
}

/** A Python expression for a JSON value (dicts, lists, True / False / None). */
function pyValue(value: JsonValue, indent = ''): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  if (typeof value === 'string') return quotePython(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${pyValue(item, inner)},\n`).join('')}${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${quotePython(k)}: ${pyValue(v, inner)},\n`).join('')}${indent}}`;
}

/** A JS expression for a JSON value (JSON is valid JavaScript since ES2019). */
function jsValue(value: JsonValue): string {
  return JSON.stringify(value, null, 2);
}

/** One value as itself, several as a list: what each library reads as "any one of these". */
function oneOrMany<T>(values: string[], one: (v: string) => T, many: (vs: string[]) => T): T {
  return values.length === 1 ? one(values[0] ?? '') : many(values);
}

const jsList = (values: string[]) => `[${values.map(quoteJs).join(', ')}]`;
const pyList = (values: string[]) => `[${values.map(quotePython).join(', ')}]`;

// ---- jose (Node) ----

function makeJoseSnippet(options: SnippetOptions, key: KeySource): string {
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
      const jwk =
        key.value !== undefined
          ? jsValue(key.value)
          : `JSON.parse(${key.raw === undefined ? env : quoteJs(key.raw)})`;
      keyLines = `const key = await jose.importJWK(${jwk}, ${quoteJs(options.alg)});`;
      break;
    }
    case 'jwks': {
      const jwks =
        key.value !== undefined
          ? jsValue(key.value)
          : `JSON.parse(${key.raw === undefined ? env : quoteJs(key.raw)})`;
      keyLines = `// Picks the key by the token's kid.\nconst jwks = jose.createLocalJWKSet(${jwks});`;
      keyName = 'jwks';
      break;
    }
  }
  const verifyOptions = [`  algorithms: ${jsList(allowedAlgorithms(options))},`];
  if (options.audience?.length)
    verifyOptions.push(`  audience: ${oneOrMany(options.audience, quoteJs, jsList)},`);
  if (options.issuer?.length) verifyOptions.push(`  issuer: ${oneOrMany(options.issuer, quoteJs, jsList)},`);
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

// ---- jsonwebtoken (Node) ----

function makeJsonwebtokenSnippet(options: SnippetOptions, key: KeySource): string {
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
      const jwk =
        key.value !== undefined
          ? jsValue(key.value)
          : `JSON.parse(${key.raw === undefined ? env : quoteJs(key.raw)})`;
      if (key.symmetric) {
        keyLines = `const jwk = ${jwk};\nconst key = Buffer.from(jwk.k, 'base64url');`;
      } else {
        imports.unshift("import { createPublicKey } from 'node:crypto';");
        keyLines = `const key = createPublicKey({ key: ${jwk}, format: 'jwk' });`;
      }
      break;
    }
    case 'jwks': {
      const jwks =
        key.value !== undefined
          ? jsValue(key.value)
          : `JSON.parse(${key.raw === undefined ? env : quoteJs(key.raw)})`;
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
  const verifyOptions = [`  algorithms: ${jsList(allowedAlgorithms(options))},`];
  if (options.audience?.length)
    verifyOptions.push(`  audience: ${oneOrMany(options.audience, quoteJs, jsList)},`);
  if (options.issuer?.length) verifyOptions.push(`  issuer: ${oneOrMany(options.issuer, quoteJs, jsList)},`);
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

// ---- PyJWT ----

function makePyjwtSnippet(options: SnippetOptions, key: KeySource): string {
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
