// src/core/shared/text-scan.ts
/** `text` without the run of `char` at its end (like /char+$/ without the backtracking). */
function trimTrailing(text, char) {
	const code = char.charCodeAt(0);
	let end = text.length;
	while (end > 0 && text.charCodeAt(end - 1) === code) end--;
	return end === text.length ? text : text.slice(0, end);
}
// src/core/base64url.ts
var encoder$1 = new TextEncoder();
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
var lenientDecoder = new TextDecoder("utf-8");
var BASE64URL = /^[A-Za-z0-9_-]*$/;
/** Index and character of the first byte outside the base64url alphabet, or undefined. */
function findNonBase64url(text) {
	if (BASE64URL.test(text)) return void 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (!(c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 45 || c === 95)) return {
			index: i,
			character: String.fromCodePoint(text.codePointAt(i) ?? c)
		};
	}
}
var SEXTETS = (/* @__PURE__ */ new Int8Array(128)).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".split("").forEach((c, i) => SEXTETS[c.charCodeAt(0)] = i);
function sextet(text, i) {
	const c = text.charCodeAt(i);
	const v = c < 128 ? SEXTETS[c] : -1;
	if (v < 0) throw new TypeError("not base64url");
	return v;
}
/** Decodes unpadded base64url to bytes; throws on characters outside the alphabet or an impossible length. */
function decodeBase64url(text) {
	const n = text.length;
	if (n % 4 === 1) {
		if (!BASE64URL.test(text)) throw new TypeError("not base64url");
		throw new RangeError("impossible base64url length");
	}
	const bytes = new Uint8Array(base64urlByteLength(n));
	let o = 0;
	let i = 0;
	for (; i + 4 <= n; i += 4) {
		const v = sextet(text, i) << 18 | sextet(text, i + 1) << 12 | sextet(text, i + 2) << 6 | sextet(text, i + 3);
		bytes[o++] = v >> 16;
		bytes[o++] = v >> 8 & 255;
		bytes[o++] = v & 255;
	}
	if (n - i === 2) bytes[o] = sextet(text, i) << 2 | sextet(text, i + 1) >> 4;
	else if (n - i === 3) {
		const v = sextet(text, i) << 10 | sextet(text, i + 1) << 4 | sextet(text, i + 2) >> 2;
		bytes[o++] = v >> 8;
		bytes[o] = v & 255;
	}
	return bytes;
}
/** How many bytes `length` unpadded base64url characters decode to (a length that is not 1 mod 4). */
function base64urlByteLength(length) {
	return Math.floor(length * 3 / 4);
}
/** Decodes standard base64 (padding optional, whitespace ignored) to bytes. */
function decodeBase64(text) {
	const clean = trimTrailing(text.replace(/\s+/g, ""), "=");
	if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) throw new TypeError("not base64");
	const padded = clean + "=".repeat((4 - clean.length % 4) % 4);
	const binary = atob(padded);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
/** Decodes hex (whitespace and an optional 0x prefix allowed) to bytes. */
function decodeHex(text) {
	const clean = text.replace(/\s+/g, "").replace(/^0x/i, "");
	if (!/^(?:[0-9a-fA-F]{2})*$/.test(clean)) throw new TypeError("not hex");
	const bytes = new Uint8Array(clean.length / 2);
	for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
	return bytes;
}
function encodeHex(bytes) {
	let out = "";
	for (const b of bytes) out += b.toString(16).padStart(2, "0");
	return out;
}
var utf8Encode = (text) => encoder$1.encode(text);
/** Strict UTF-8 decode: returns undefined for invalid UTF-8 instead of inserting U+FFFD. */
function utf8DecodeStrict(bytes) {
	try {
		return strictDecoder.decode(bytes);
	} catch {
		return;
	}
}
var utf8DecodeLenient = (bytes) => lenientDecoder.decode(bytes);
// src/core/json.ts
/** The deepest nesting of arrays and objects that is parsed; deeper JSON is refused as text. */
var MAX_JSON_DEPTH = 1e3;
/** True when brackets outside JSON strings nest deeper than `limit` (a linear scan, no allocation). */
function nestsDeeperThan(text, limit = MAX_JSON_DEPTH) {
	if (text.length <= limit) return false;
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92) i++;
			else if (c === 34) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 || c === 91) {
			if (++depth > limit) return true;
		} else if (c === 125 || c === 93) depth--;
	}
	return false;
}
/** Parses JSON text, or says why not: a syntax error's message, or the nesting limit it passes. Never throws. */
function parseJsonWithin(text, limit = MAX_JSON_DEPTH) {
	if (nestsDeeperThan(text, limit)) return { tooDeep: limit };
	try {
		return { value: JSON.parse(text) };
	} catch (e) {
		return { error: e instanceof Error ? e.message : String(e) };
	}
}
// src/core/token.ts
var AUTH_HEADER = /^authorization\s*:\s*/i;
var BEARER = /^bearer\s+/i;
var FRAGMENT_TOKEN = /(?:^|[#?&])(?:id_token|access_token|token)=([A-Za-z0-9_.~%-]+)/;
/** Removes what people paste around a token: whitespace, `Bearer `, an Authorization line, quotes. */
function cleanTokenInput(input) {
	const cleanups = [];
	let text = input.trim();
	if (AUTH_HEADER.test(text)) {
		text = text.replace(AUTH_HEADER, "");
		cleanups.push("authorization-header");
	}
	if (BEARER.test(text)) {
		text = text.replace(BEARER, "");
		cleanups.push("bearer");
	}
	if (text.length >= 2 && /^["'`].*["'`]$/s.test(text) && text[0] === text[text.length - 1]) {
		text = text.slice(1, -1).trim();
		cleanups.push("quotes");
	}
	if (!text.startsWith("{") && /(?:id_token|access_token|token)=/.test(text)) {
		const match = FRAGMENT_TOKEN.exec(text);
		if (match?.[1]) try {
			text = decodeURIComponent(match[1]);
			cleanups.push("url-fragment");
		} catch {}
	}
	if (!text.startsWith("{") && /\s/.test(text)) {
		text = text.replace(/\s+/g, "");
		if (!cleanups.includes("whitespace")) cleanups.push("whitespace");
	} else if (input !== input.trim()) cleanups.push("whitespace");
	return {
		token: text,
		cleanups
	};
}
function kindOfJson(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	const t = typeof value;
	if (t === "string" || t === "number" || t === "boolean") return t;
	return "object";
}
function decodeSegmentBytes(raw, segment) {
	if (raw === "") return { problem: {
		code: "segment-empty",
		segment
	} };
	const bad = findNonBase64url(raw);
	if (bad) return { problem: {
		code: "segment-not-base64url",
		segment,
		...bad
	} };
	try {
		return { bytes: decodeBase64url(raw) };
	} catch {
		return { problem: {
			code: "segment-bad-length",
			segment
		} };
	}
}
/** The decoded length of a segment only its length matters for (the signature), without decoding it. */
function segmentByteLength(raw, segment) {
	const bad = findNonBase64url(raw);
	if (bad) return { problem: {
		code: "segment-not-base64url",
		segment,
		...bad
	} };
	if (raw.length % 4 === 1) return { problem: {
		code: "segment-bad-length",
		segment
	} };
	return { length: base64urlByteLength(raw.length) };
}
/** Decodes the protected header segment: base64url → UTF-8 → JSON object with an `alg`. */
function decodeHeaderSegment(raw, expectEnc = false) {
	const { bytes, problem } = decodeSegmentBytes(raw, "header");
	if (!bytes) return {
		raw,
		problem
	};
	const text = utf8DecodeStrict(bytes);
	if (text === void 0) return {
		raw,
		problem: {
			code: "segment-not-utf8",
			segment: "header"
		}
	};
	const parsed = parseJsonWithin(text);
	if ("tooDeep" in parsed) return {
		raw,
		text,
		problem: {
			code: "segment-too-deep",
			segment: "header",
			limit: parsed.tooDeep
		}
	};
	if ("error" in parsed) return {
		raw,
		text,
		problem: {
			code: "segment-not-json",
			segment: "header",
			detail: parsed.error
		}
	};
	const kind = kindOfJson(parsed.value);
	if (kind !== "object") return {
		raw,
		text,
		problem: {
			code: "segment-not-object",
			segment: "header",
			found: kind
		}
	};
	const value = parsed.value;
	if (!("alg" in value)) return expectEnc ? {
		raw,
		text,
		value,
		problem: { code: "header-missing-alg" }
	} : {
		raw,
		text,
		value
	};
	if (typeof value.alg !== "string") return {
		raw,
		text,
		value,
		problem: { code: "header-alg-not-string" }
	};
	if (expectEnc && typeof value.enc !== "string") return {
		raw,
		text,
		value,
		problem: { code: "header-missing-enc" }
	};
	return {
		raw,
		text,
		value
	};
}
/** True for text that is one JSON number, `true`, `false` or `null` (checked by JSON.parse, short text only). */
function isJsonLiteral(text) {
	const t = text.trim();
	if (t.length > 400 || !/^(?:-?\d|true$|false$|null$)/.test(t)) return false;
	try {
		JSON.parse(t);
		return true;
	} catch {
		return false;
	}
}
/** Decodes a JWS payload segment: a JSON claims set, else UTF-8 text, else bytes. */
function decodePayloadSegment(raw) {
	const { bytes, problem } = decodeSegmentBytes(raw, "payload");
	if (!bytes) return {
		raw,
		problem
	};
	const text = utf8DecodeStrict(bytes);
	if (text === void 0) return {
		raw,
		view: {
			type: "binary",
			hex: encodeHex(bytes.subarray(0, 4096)),
			byteLength: bytes.length
		}
	};
	const start = text.trimStart()[0];
	if (start !== "{" && start !== "[" && start !== "\"" && !isJsonLiteral(text)) return {
		raw,
		view: {
			type: "text",
			text
		}
	};
	const parsed = parseJsonWithin(text);
	if ("tooDeep" in parsed) return {
		raw,
		view: {
			type: "text",
			text
		},
		problem: {
			code: "segment-too-deep",
			segment: "payload",
			limit: parsed.tooDeep
		}
	};
	if ("error" in parsed) return {
		raw,
		view: {
			type: "text",
			text
		},
		problem: {
			code: "segment-not-json",
			segment: "payload",
			detail: parsed.error
		}
	};
	const kind = kindOfJson(parsed.value);
	if (kind !== "object") return {
		raw,
		view: {
			type: "text",
			text
		},
		problem: {
			code: "segment-not-object",
			segment: "payload",
			found: kind
		}
	};
	return {
		raw,
		view: {
			type: "claims",
			claims: parsed.value,
			text
		}
	};
}
function detectJsonSerialization(text) {
	const parsed = parseJsonWithin(text);
	const value = "value" in parsed ? parsed.value : void 0;
	if (value && typeof value === "object" && !Array.isArray(value)) {
		const v = value;
		if ("signatures" in v || "recipients" in v) return {
			code: "json-serialization",
			serialization: "general"
		};
		if ("payload" in v || "protected" in v || "ciphertext" in v || "signature" in v) return {
			code: "json-serialization",
			serialization: "flattened"
		};
	}
	return { code: "not-a-token" };
}
var last;
/** Decodes a pasted token part by part; a broken part never hides the others. Never throws. */
function decodeToken(input) {
	if (last?.input !== input) last = {
		input,
		decoded: decodeUncached(input)
	};
	return last.decoded;
}
function decodeUncached(input) {
	const { token, cleanups } = cleanTokenInput(input);
	const base = {
		token,
		cleanups,
		parts: [],
		notes: []
	};
	if (token === "") return {
		...base,
		tokenProblem: { code: "empty-token" }
	};
	if (token.startsWith("{")) return {
		...base,
		tokenProblem: detectJsonSerialization(token)
	};
	const parts = token.split(".");
	base.parts = parts;
	if (parts.length === 1) return {
		...base,
		tokenProblem: { code: "not-a-token" }
	};
	if (parts.length !== 3 && parts.length !== 5) return {
		...base,
		tokenProblem: {
			code: "wrong-part-count",
			count: parts.length
		}
	};
	if (parts.length === 5) {
		const header = decodeHeaderSegment(parts[0] ?? "", true);
		return {
			...base,
			kind: "jwe",
			header,
			payload: {
				raw: parts[3] ?? "",
				view: { type: "encrypted" }
			}
		};
	}
	const [h = "", p = "", s = ""] = parts;
	const header = decodeHeaderSegment(h);
	const crit = header.value?.crit;
	const unencoded = header.value?.b64 === false && Array.isArray(crit) && crit.includes("b64");
	const payload = unencoded ? {
		raw: p,
		view: {
			type: "text",
			text: p
		}
	} : decodePayloadSegment(p);
	const notes = [];
	if (unencoded) notes.push({
		code: "payload-not-claims",
		reason: "unencoded"
	});
	const kind = header.value?.alg === "none" ? "unsecured" : "jws";
	if (kind === "unsecured" && s !== "") notes.push({ code: "unsecured-with-signature" });
	if (header.value && !header.problem && !("alg" in header.value)) notes.push({ code: "header-missing-alg" });
	let signatureLength;
	if (s !== "") {
		const sig = segmentByteLength(s, "signature");
		if (sig.problem) notes.push(sig.problem);
		else signatureLength = sig.length;
	}
	if (payload.view?.type === "text" && !payload.problem && !unencoded) notes.push({
		code: "payload-not-claims",
		reason: "not-json"
	});
	if (payload.view?.type === "binary") notes.push({
		code: "payload-not-claims",
		reason: "not-utf8"
	});
	return {
		token,
		cleanups,
		parts,
		kind,
		header,
		payload,
		signatureLength,
		notes
	};
}
// src/core/algorithms.ts
var hmac = (alg, bits) => ({
	alg,
	family: "hmac",
	kty: "oct",
	hash: `SHA-${bits}`,
	minSecretBytes: bits / 8,
	signatureBytes: bits / 8,
	subtle: { name: "HMAC" }
});
var rsa = (alg, bits) => ({
	alg,
	family: "rsa",
	kty: "RSA",
	hash: `SHA-${bits}`,
	subtle: { name: "RSASSA-PKCS1-v1_5" }
});
var pss = (alg, bits) => ({
	alg,
	family: "rsa-pss",
	kty: "RSA",
	hash: `SHA-${bits}`,
	subtle: {
		name: "RSA-PSS",
		saltLength: bits / 8
	}
});
var ec = (alg, bits, curve, size) => ({
	alg,
	family: "ecdsa",
	kty: "EC",
	hash: `SHA-${bits}`,
	curve,
	signatureBytes: size * 2,
	subtle: {
		name: "ECDSA",
		hash: `SHA-${bits}`
	}
});
var eddsa = (alg) => ({
	alg,
	family: "eddsa",
	kty: "OKP",
	hash: "SHA-512",
	curve: "Ed25519",
	signatureBytes: 64,
	subtle: { name: "Ed25519" }
});
/** Every alg this debugger can verify and sign in the browser. `Ed25519` is the RFC 9864 name for EdDSA over Ed25519. */
var JWS_ALGORITHMS = [
	hmac("HS256", 256),
	hmac("HS384", 384),
	hmac("HS512", 512),
	rsa("RS256", 256),
	rsa("RS384", 384),
	rsa("RS512", 512),
	pss("PS256", 256),
	pss("PS384", 384),
	pss("PS512", 512),
	ec("ES256", 256, "P-256", 32),
	ec("ES384", 384, "P-384", 48),
	ec("ES512", 512, "P-521", 66),
	eddsa("EdDSA"),
	eddsa("Ed25519")
];
new Map(JWS_ALGORITHMS.map((a) => [a.alg, a]));
JWS_ALGORITHMS.map((a) => a.alg).filter((a) => a !== "Ed25519");
// src/core/shared/pem-scan.ts
var BEGIN = "-----BEGIN ";
var DASHES = "-----";
var MAX_LABEL = 64;
function isLabel(label) {
	if (label.length === 0 || label.length > MAX_LABEL) return false;
	for (let i = 0; i < label.length; i++) {
		const c = label.charCodeAt(i);
		if (!(c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 32)) return false;
	}
	return true;
}
/** Every well-formed PEM block in `text`, in order (a BEGIN without its END is skipped). */
function scanPemBlocks(text, onlyLabel) {
	const blocks = [];
	const nextEnd = /* @__PURE__ */ new Map();
	let from = 0;
	for (;;) {
		const begin = text.indexOf(BEGIN, from);
		if (begin === -1) return blocks;
		const labelStart = begin + 11;
		const labelEnd = text.indexOf(DASHES, labelStart);
		if (labelEnd === -1) return blocks;
		const label = text.slice(labelStart, labelEnd);
		if (!isLabel(label) || onlyLabel !== void 0 && label !== onlyLabel) {
			from = labelStart;
			continue;
		}
		const end = `-----END ${label}-----`;
		const bodyStart = labelEnd + 5;
		let endAt = nextEnd.get(label);
		if (endAt === void 0 || endAt !== -1 && endAt < bodyStart) {
			endAt = text.indexOf(end, bodyStart);
			nextEnd.set(label, endAt);
		}
		if (endAt === -1) {
			from = labelStart;
			continue;
		}
		blocks.push({
			label,
			body: text.slice(bodyStart, endAt)
		});
		from = endAt + end.length;
	}
}
// src/core/der.ts
/** Reads one TLV at `offset`; throws RangeError when the bytes are truncated or not DER. */
function readDer(der, offset) {
	const tag = der[offset];
	let length = der[offset + 1];
	if (tag === void 0 || length === void 0) throw new RangeError("truncated DER");
	let pos = offset + 2;
	if (length & 128) {
		const count = length & 127;
		if (count === 0 || count > 4) throw new RangeError("unsupported DER length");
		length = 0;
		for (let i = 0; i < count; i++) {
			const b = der[pos++];
			if (b === void 0) throw new RangeError("truncated DER");
			length = length * 256 + b;
		}
	}
	if (pos + length > der.length) throw new RangeError("truncated DER");
	return {
		tag,
		offset,
		start: pos,
		end: pos + length
	};
}
/** The child TLVs of a constructed node. */
function derChildren(der, node) {
	const out = [];
	for (let off = node.start; off < node.end;) {
		const child = readDer(der, off);
		out.push(child);
		off = child.end;
	}
	return out;
}
/** Reads the whole buffer as exactly one SEQUENCE and returns its children. */
function readSequence(der, node) {
	const n = node ?? readDer(der, 0);
	if (n.tag !== 48) throw new RangeError("expected a DER SEQUENCE");
	if (!node && n.end !== der.length) throw new RangeError("trailing bytes after DER");
	return derChildren(der, n);
}
var lengthBytes = (n) => {
	if (n < 128) return [n];
	const out = [];
	for (; n > 0; n = Math.floor(n / 256)) out.unshift(n & 255);
	return [128 | out.length, ...out];
};
/** Writes one TLV. */
function writeDer(tag, ...parts) {
	const body = parts.flatMap((p) => Array.from(p));
	return Uint8Array.from([
		tag,
		...lengthBytes(body.length),
		...body
	]);
}
var RSA_ALGORITHM = [
	48,
	13,
	6,
	9,
	42,
	134,
	72,
	134,
	247,
	13,
	1,
	1,
	1,
	5,
	0
];
var EC_PUBLIC_KEY_OID = [
	6,
	7,
	42,
	134,
	72,
	206,
	61,
	2,
	1
];
var VERSION_0 = [
	2,
	1,
	0
];
/** `RSA PRIVATE KEY` (PKCS#1) → `PRIVATE KEY` (PKCS#8); byte-identical to openssl's output. */
var pkcs1PrivateToPkcs8 = (key) => writeDer(48, VERSION_0, RSA_ALGORITHM, writeDer(4, key));
/** `RSA PUBLIC KEY` (PKCS#1) → `PUBLIC KEY` (SPKI). */
var pkcs1PublicToSpki = (key) => writeDer(48, RSA_ALGORITHM, writeDer(3, [0], key));
/** `EC PRIVATE KEY` (SEC1, RFC 5915) → `PRIVATE KEY` (PKCS#8); needs the namedCurve the key carries in [0]. */
function sec1ToPkcs8(key) {
	const curve = sec1CurveOid(key);
	if (!curve) throw new RangeError("SEC1 key lacks namedCurve");
	return writeDer(48, VERSION_0, writeDer(48, EC_PUBLIC_KEY_OID, curve), writeDer(4, key));
}
function sec1CurveOid(key) {
	const fields = readSequence(key);
	for (const f of fields.slice(2)) if (f.tag === 160) {
		const inner = readDer(key, f.start);
		if (inner.tag === 6) return key.subarray(f.start, inner.end);
	}
}
/** True when the text contains a PEM BEGIN line. */
var looksLikePem = (text) => /-----BEGIN [A-Z0-9 ]+-----/.test(text);
/**
* Every PEM block in the text, in order. Headers such as `Proc-Type:` inside a block are kept out of the
* base64; CRLF and blank lines are tolerated. Throws TypeError naming the label when a body is not base64.
*/
function readPemBlocks(text) {
	const blocks = [];
	for (const match of scanPemBlocks(text)) {
		const { label } = match;
		const body = match.body.split(/\r?\n|\r/).filter((line) => !line.includes(":")).join("");
		try {
			blocks.push({
				label,
				der: decodeBase64(body)
			});
		} catch {
			throw new TypeError(label);
		}
	}
	return blocks;
}
var OIDS = {
	"2a864886f70d010101": "rsaEncryption",
	"2a864886f70d01010a": "rsassa-pss",
	"2a8648ce3d0201": "ecPublicKey",
	"2b6570": "Ed25519",
	"2b6571": "Ed448",
	"2b656e": "X25519",
	"2b656f": "X448",
	"2a8648ce3d030107": "P-256",
	"2b81040022": "P-384",
	"2b81040023": "P-521",
	"2b8104000a": "secp256k1",
	"2a8648ce380401": "dsa"
};
var hex$1 = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
/** A known OID's name, else its hex. */
function oidName(der, node) {
	const h = hex$1(der.subarray(node.start, node.end));
	return OIDS[h] ?? `oid:${h}`;
}
function integerBits(der, node) {
	let i = node.start;
	while (i < node.end && der[i] === 0) i++;
	if (i === node.end) return 0;
	const first = der[i] ?? 0;
	return (node.end - i - 1) * 8 + (32 - Math.clz32(first));
}
/** Modulus size of a PKCS#1 RSAPublicKey or RSAPrivateKey. */
function rsaBits(der, isPrivate) {
	const n = readSequence(der)[isPrivate ? 1 : 0];
	if (!n || n.tag !== 2) throw new RangeError("not a PKCS#1 RSA key");
	return integerBits(der, n);
}
function factsFromAlgorithmId(der, algId, keyBytes, isPrivate) {
	const [oid, params] = readSequence(der, algId);
	if (!oid || oid.tag !== 6) throw new RangeError("bad AlgorithmIdentifier");
	const algorithm = oidName(der, oid);
	if (algorithm === "rsaEncryption" || algorithm === "rsassa-pss") return {
		kty: "RSA",
		algorithm,
		bits: rsaBits(keyBytes, isPrivate)
	};
	if (algorithm === "ecPublicKey") return {
		kty: "EC",
		algorithm,
		curve: params && params.tag === 6 ? oidName(der, params) : "explicit parameters"
	};
	if ([
		"Ed25519",
		"Ed448",
		"X25519",
		"X448"
	].includes(algorithm)) return {
		kty: "OKP",
		algorithm,
		curve: algorithm
	};
	return {
		kty: "unknown",
		algorithm
	};
}
/** Key type, size and curve of a SubjectPublicKeyInfo. */
function readSpkiFacts(spki) {
	const [algId, bitString] = readSequence(spki);
	if (!algId || !bitString || bitString.tag !== 3) throw new RangeError("not SPKI");
	return factsFromAlgorithmId(spki, algId, spki.subarray(bitString.start + 1, bitString.end), false);
}
/** Key type, size and curve of a PKCS#8 PrivateKeyInfo. */
function readPkcs8Facts(pkcs8) {
	const [version, algId, octets] = readSequence(pkcs8);
	if (!version || version.tag !== 2 || !algId || !octets || octets.tag !== 4) throw new RangeError("not PKCS#8");
	return factsFromAlgorithmId(pkcs8, algId, pkcs8.subarray(octets.start, octets.end), true);
}
/** Modulus size of a PKCS#1 RSA public (`RSA PUBLIC KEY`) or private (`RSA PRIVATE KEY`) key. */
function readPkcs1Bits(der, isPrivate) {
	return rsaBits(der, isPrivate);
}
/** Curve name of a SEC1 `EC PRIVATE KEY`, or undefined when it carries none. */
function readSec1Curve(der) {
	const oid = sec1CurveOid(der);
	return oid ? oidName(oid, readDer(oid, 0)) : void 0;
}
// src/core/problems.ts
var ok = (value) => ({
	ok: true,
	value
});
var fail = (problem) => ({
	ok: false,
	problem
});
// src/core/x509.ts
var ATTRIBUTE_NAMES = {
	"550403": "CN",
	"550404": "SN",
	"550405": "serialNumber",
	"550406": "C",
	"550407": "L",
	"550408": "ST",
	"550409": "street",
	"55040a": "O",
	"55040b": "OU",
	"55040c": "title",
	"55042a": "GN",
	"2a864886f70d010901": "emailAddress",
	"0992268993f22c640119": "DC",
	"0992268993f22c640101": "UID"
};
var hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
function decodeString(der, node) {
	const bytes = der.subarray(node.start, node.end);
	if (node.tag === 30) {
		let s = "";
		for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i] ?? 0) << 8 | (bytes[i + 1] ?? 0));
		return s;
	}
	return utf8DecodeLenient(bytes);
}
function readName(der, name) {
	const parts = [];
	for (const rdn of derChildren(der, name)) for (const atv of derChildren(der, rdn)) {
		const [oid, value] = readSequence(der, atv);
		if (!oid || !value) continue;
		const key = ATTRIBUTE_NAMES[hex(der.subarray(oid.start, oid.end))] ?? `OID.${hex(der.subarray(oid.start, oid.end))}`;
		parts.push(`${key}=${decodeString(der, value)}`);
	}
	return parts.join(", ");
}
function readTime(der, node) {
	const text = utf8DecodeLenient(der.subarray(node.start, node.end));
	const m = node.tag === 23 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text) : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text);
	if (!m) throw new RangeError("bad certificate time");
	let year = Number(m[1]);
	if (node.tag === 23) year += year < 50 ? 2e3 : 1900;
	const ms = Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
	return new Date(ms).toISOString().replace(".000Z", "Z");
}
/** Reads a DER certificate; throws RangeError when it is not one. */
function readCertificate(der) {
	const [tbs] = readSequence(der);
	if (!tbs || tbs.tag !== 48) throw new RangeError("not a certificate");
	const fields = readSequence(der, tbs);
	const [serial, , issuer, validity, subject, spki] = fields[0]?.tag === 160 ? fields.slice(1) : fields;
	if (!serial || serial.tag !== 2 || !issuer || !validity || !subject || !spki) throw new RangeError("not a certificate");
	const [notBefore, notAfter] = readSequence(der, validity);
	if (!notBefore || !notAfter) throw new RangeError("certificate lacks validity");
	const issuerText = readName(der, issuer);
	const subjectText = readName(der, subject);
	return {
		info: {
			subject: subjectText,
			issuer: issuerText,
			notBefore: readTime(der, notBefore),
			notAfter: readTime(der, notAfter),
			selfIssued: issuerText === subjectText
		},
		spki: der.slice(spki.offset, spki.end)
	};
}
// src/core/hardening/read-key-ops.ts
/** The `key_ops` of a JWK object when it is a list of strings (anything else is not a stated limit). */
function readKeyOps(jwk) {
	const ops = jwk.key_ops;
	return Array.isArray(ops) ? ops.filter((o) => typeof o === "string") : void 0;
}
// src/core/keys.ts
var parseCache = /* @__PURE__ */ new Map();
var PARSE_CACHE_SIZE = 8;
/**
* Recognises a secret, PEM (SPKI, PKCS#8, PKCS#1, SEC1, X.509), JWK or JWKS and describes it without
* touching WebCrypto. Surrounding whitespace, CRLF and blank lines are tolerated. Never throws.
*/
function parseKeyInput(text, encoding = "utf8") {
	if (lastRead?.text === text && lastRead.encoding === encoding) return lastRead.reading;
	const reading = parseKeyInputUncached(text, encoding);
	lastRead = {
		text,
		encoding,
		reading
	};
	return reading;
}
var lastRead;
function parseKeyInputUncached(text, encoding) {
	const trimmed = text.trim();
	if (trimmed === "") return { state: "empty" };
	const id = looksLikePem(trimmed) || trimmed.startsWith("{") ? `k\u0000${trimmed}` : `s\u0000${encoding}\u0000${text}`;
	const cached = parseCache.get(id);
	if (cached) return cached;
	const reading = readKeyText(text, trimmed, encoding);
	parseCache.set(id, reading);
	if (parseCache.size > PARSE_CACHE_SIZE) parseCache.delete(parseCache.keys().next().value);
	return reading;
}
function readKeyText(text, trimmed, encoding) {
	let result;
	if (looksLikePem(trimmed)) result = readPem(trimmed);
	else if (trimmed.startsWith("{")) result = readJson(trimmed);
	else result = readSecret(text, trimmed, encoding);
	if (!result.ok) return {
		state: "error",
		problem: result.problem
	};
	const { key, jwks, hints } = result.value;
	if (jwks) return {
		state: "ok",
		value: {
			description: {
				format: "jwks",
				keys: jwks.map((k) => k.description)
			},
			keys: jwks,
			hints
		}
	};
	if (!key) return {
		state: "error",
		problem: { code: "jwks-empty" }
	};
	return {
		state: "ok",
		value: {
			description: key.description,
			keys: [key],
			hints
		}
	};
}
var BASE64URL_SHAPE = /^[A-Za-z0-9_-]+$/;
var BASE64_SHAPE = /^[A-Za-z0-9+/]+={0,2}$/;
var HEX_SHAPE = /^(?:[0-9a-fA-F]{2})+$/;
/** Heuristic: random bytes in base64 have upper and lower case and digits; words with dashes do not. */
function looksEncoded(secret) {
	if (secret.length >= 32 && HEX_SHAPE.test(secret) && /\d/.test(secret) && /[a-f]/i.test(secret)) return "hex";
	if (secret.length < 16 || secret.length % 4 === 1) return void 0;
	if (!(/[A-Z]/.test(secret) && /[a-z]/.test(secret) && /\d/.test(secret))) return void 0;
	if (BASE64URL_SHAPE.test(secret)) return /[+/=]/.test(secret) ? "base64" : "base64url";
	if (BASE64_SHAPE.test(secret) && secret.length % 4 === 0) return "base64";
}
function readSecret(text, trimmed, encoding) {
	const hints = [];
	let bytes;
	if (encoding === "utf8") {
		if (trimmed !== text) hints.push({ code: "secret-has-whitespace" });
		bytes = utf8Encode(trimmed);
		const suggested = looksEncoded(trimmed);
		if (suggested) hints.push({
			code: "secret-looks-base64",
			suggested
		});
	} else {
		const compact = trimmed.replace(/\s+/g, "");
		try {
			if (encoding === "hex") bytes = decodeHex(compact);
			else if (encoding === "base64") bytes = decodeBase64(compact);
			else bytes = decodeBase64url(trimTrailing(compact, "="));
		} catch {
			return fail({
				code: "secret-not-encoded",
				encoding
			});
		}
	}
	if (bytes.length === 0) return fail({ code: "empty-secret" });
	return ok({
		key: {
			description: {
				format: "secret",
				kty: "oct",
				visibility: "secret",
				bits: bytes.length * 8,
				encoding
			},
			material: {
				type: "secret",
				bytes
			}
		},
		hints
	});
}
var KEY_LABELS = /* @__PURE__ */ new Set([
	"PUBLIC KEY",
	"PRIVATE KEY",
	"RSA PUBLIC KEY",
	"RSA PRIVATE KEY",
	"EC PRIVATE KEY",
	"CERTIFICATE",
	"X509 CERTIFICATE",
	"TRUSTED CERTIFICATE",
	"ENCRYPTED PRIVATE KEY"
]);
function describeFacts(facts, format, visibility) {
	if (facts.kty === "unknown") return fail({
		code: "key-type-unsupported",
		algorithm: facts.algorithm
	});
	const d = {
		format,
		kty: facts.kty,
		visibility
	};
	if (facts.bits !== void 0) d.bits = facts.bits;
	if (facts.curve !== void 0) d.curve = facts.curve;
	return ok(d);
}
function readPem(text) {
	let blocks;
	try {
		blocks = readPemBlocks(text);
	} catch (e) {
		return fail({
			code: "pem-unreadable",
			label: e instanceof TypeError ? e.message : void 0,
			reason: "bad-base64"
		});
	}
	const block = blocks.find((b) => KEY_LABELS.has(b.label));
	if (!block) {
		const label = blocks.find((b) => b.label !== "EC PARAMETERS")?.label ?? blocks[0]?.label;
		return label ? fail({
			code: "pem-unsupported",
			label
		}) : fail({
			code: "pem-unreadable",
			reason: "no-block"
		});
	}
	const { label, der } = block;
	if (label === "ENCRYPTED PRIVATE KEY" || /Proc-Type:\s*4,ENCRYPTED/i.test(text)) return fail({
		code: "pem-encrypted",
		label
	});
	try {
		let description;
		let material;
		switch (label) {
			case "PUBLIC KEY":
				description = describeFacts(readSpkiFacts(der), "pem-spki", "public");
				material = {
					type: "spki",
					der
				};
				break;
			case "PRIVATE KEY":
				description = describeFacts(readPkcs8Facts(der), "pem-pkcs8", "private");
				material = {
					type: "pkcs8",
					der
				};
				break;
			case "RSA PUBLIC KEY":
				description = ok({
					format: "pem-pkcs1-public",
					kty: "RSA",
					visibility: "public",
					bits: readPkcs1Bits(der, false)
				});
				material = {
					type: "spki",
					der: pkcs1PublicToSpki(der)
				};
				break;
			case "RSA PRIVATE KEY":
				description = ok({
					format: "pem-pkcs1-private",
					kty: "RSA",
					visibility: "private",
					bits: readPkcs1Bits(der, true)
				});
				material = {
					type: "pkcs8",
					der: pkcs1PrivateToPkcs8(der)
				};
				break;
			case "EC PRIVATE KEY": {
				const curve = readSec1Curve(der);
				if (!curve) return fail({
					code: "pem-unreadable",
					label,
					reason: "bad-der"
				});
				description = ok({
					format: "pem-sec1",
					kty: "EC",
					visibility: "private",
					curve
				});
				material = {
					type: "pkcs8",
					der: sec1ToPkcs8(der)
				};
				break;
			}
			default: {
				const cert = readCertificate(der);
				description = describeFacts(readSpkiFacts(cert.spki), "pem-x509", "public");
				if (description.ok) description.value.certificate = cert.info;
				material = {
					type: "spki",
					der: cert.spki
				};
			}
		}
		if (!description.ok) return description;
		return ok({
			key: {
				description: description.value,
				material
			},
			hints: []
		});
	} catch {
		return fail({
			code: "pem-unreadable",
			label,
			reason: "bad-der"
		});
	}
}
var isObject$1 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var REQUIRED_MEMBERS = {
	oct: ["k"],
	RSA: ["n", "e"],
	EC: [
		"crv",
		"x",
		"y"
	],
	OKP: ["crv", "x"]
};
var BINARY_MEMBERS = [
	"k",
	"n",
	"e",
	"x",
	"y",
	"d",
	"p",
	"q",
	"dp",
	"dq",
	"qi"
];
function readJson(text) {
	const parsed = parseJsonWithin(text);
	if (!("value" in parsed)) return fail({
		code: "jwk-unreadable",
		reason: "not-json",
		detail: "error" in parsed ? parsed.error : `nested more than ${parsed.tooDeep} levels deep`
	});
	const value = parsed.value;
	if (!isObject$1(value)) return fail({
		code: "jwk-unreadable",
		reason: "not-object"
	});
	if (Array.isArray(value.keys)) return readJwks(value.keys);
	const key = readJwk(value);
	return key.ok ? ok({
		key: key.value,
		hints: []
	}) : key;
}
function readJwks(entries) {
	if (entries.length === 0) return fail({ code: "jwks-empty" });
	const keys = [];
	const hints = [];
	let firstProblem;
	entries.forEach((entry, index) => {
		const key = isObject$1(entry) ? readJwk(entry) : fail({
			code: "jwk-unreadable",
			reason: "not-object"
		});
		if (key.ok) {
			key.value.description.index = index;
			keys.push(key.value);
		} else {
			firstProblem ??= key.problem;
			hints.push({
				code: "jwks-entry-skipped",
				index,
				reason: key.problem.code
			});
		}
	});
	if (keys.length === 0 && firstProblem) return fail(firstProblem);
	return ok({
		jwks: keys,
		hints
	});
}
function bitLength(b64url) {
	const bytes = decodeBase64url(b64url);
	let i = 0;
	while (i < bytes.length && bytes[i] === 0) i++;
	if (i === bytes.length) return 0;
	return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i] ?? 0));
}
function readJwk(jwk) {
	const { kty } = jwk;
	if (kty === void 0) return fail({
		code: "jwk-unreadable",
		reason: "missing-kty"
	});
	if (typeof kty !== "string" || !Object.hasOwn(REQUIRED_MEMBERS, kty)) return fail({
		code: "jwk-unreadable",
		reason: "unknown-kty",
		kty: String(kty)
	});
	for (const member of REQUIRED_MEMBERS[kty] ?? []) if (jwk[member] === void 0) return fail({
		code: "jwk-unreadable",
		reason: "missing-member",
		member,
		kty
	});
	for (const member of BINARY_MEMBERS) {
		const v = jwk[member];
		if (v === void 0) continue;
		if (typeof v !== "string") return fail({
			code: "jwk-unreadable",
			reason: "bad-member",
			member,
			kty
		});
		try {
			decodeBase64url(v);
		} catch {
			return fail({
				code: "jwk-unreadable",
				reason: "bad-member",
				member,
				kty
			});
		}
	}
	if ("crv" in jwk && typeof jwk.crv !== "string") return fail({
		code: "jwk-unreadable",
		reason: "bad-member",
		member: "crv",
		kty
	});
	const d = {
		format: "jwk",
		kty,
		visibility: kty === "oct" ? "secret" : typeof jwk.d === "string" ? "private" : "public"
	};
	if (kty === "RSA") d.bits = bitLength(jwk.n);
	if (kty === "oct") {
		const bytes = decodeBase64url(jwk.k);
		if (bytes.length === 0) return fail({ code: "empty-secret" });
		d.bits = bytes.length * 8;
	}
	if (typeof jwk.crv === "string") d.curve = jwk.crv;
	if (typeof jwk.kid === "string") d.kid = jwk.kid;
	if (typeof jwk.alg === "string") d.alg = jwk.alg;
	if (typeof jwk.use === "string") d.use = jwk.use;
	const keyOps = readKeyOps(jwk);
	if (keyOps) d.keyOps = keyOps;
	return ok({
		description: d,
		material: {
			type: "jwk",
			jwk
		}
	});
}
new TextEncoder();
/** Tells whether `alg` is one of the HMAC algorithms of RFC 7518 §3.2. */
function isHmacAlg(alg) {
	return alg === "HS256" || alg === "HS384" || alg === "HS512";
}
// src/core/shared/json-duplicates.ts
var MAX_VALUE_TEXT = 80;
var MAX_REPORTED = 20;
var clip = (s) => s.length > MAX_VALUE_TEXT ? `${s.slice(0, MAX_VALUE_TEXT)}…` : s;
/** Lists duplicate members in valid JSON `text` (at most 20), in text order. Never throws. */
function findDuplicateMembers(text) {
	const found = [];
	const stack = [];
	const path = () => stack.flatMap((f) => f.name === void 0 ? [] : [f.name]);
	const valueEnded = (end) => {
		const frame = stack[stack.length - 1];
		if (!frame?.object || frame.key === void 0 || frame.valueStart === void 0 || !frame.seen) return;
		const at = frame.valueStart * 128 + Math.min(end - frame.valueStart, 81);
		const earlier = frame.seen.get(frame.key);
		if (earlier === void 0) frame.seen.set(frame.key, at);
		else if (found.length < MAX_REPORTED) found.push({
			path: path(),
			member: frame.key,
			first: valueText(earlier),
			second: valueText(at)
		});
		frame.key = void 0;
		frame.valueStart = void 0;
	};
	const valueText = (at) => {
		const start = Math.floor(at / 128);
		return clip(text.slice(start, start + at % 128));
	};
	let expectKey = false;
	let i = 0;
	const n = text.length;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === 34) {
			let j = i + 1;
			for (;;) {
				const q = text.indexOf("\"", j);
				if (q === -1) return found;
				let b = q - 1;
				while (b > i && text.charCodeAt(b) === 92) b--;
				j = q;
				if ((q - 1 - b) % 2 === 0) break;
				j = q + 1;
			}
			const end = j + 1;
			const frame = stack[stack.length - 1];
			if (expectKey && frame?.object) {
				let key = text.slice(i + 1, j);
				if (key.includes("\\")) try {
					key = JSON.parse(text.slice(i, end));
				} catch {
					return found;
				}
				frame.key = key;
				expectKey = false;
			} else valueEnded(end);
			i = end;
			continue;
		}
		if (c === 123 || c === 91) {
			const parent = stack[stack.length - 1];
			if (parent?.object && parent.key !== void 0) parent.valueStart = i;
			const frame = {
				object: c === 123,
				name: parent?.object ? parent.key : void 0
			};
			if (frame.object) frame.seen = /* @__PURE__ */ new Map();
			stack.push(frame);
			expectKey = frame.object;
			i++;
			continue;
		}
		if (c === 125 || c === 93) {
			stack.pop();
			valueEnded(i + 1);
			expectKey = false;
			i++;
			continue;
		}
		if (c === 58) {
			let j = i + 1;
			while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13)) j++;
			const frame = stack[stack.length - 1];
			if (frame?.object) frame.valueStart = j;
			i = j;
			continue;
		}
		if (c === 44) {
			expectKey = stack[stack.length - 1]?.object === true;
			i++;
			continue;
		}
		if (c === 32 || c === 9 || c === 10 || c === 13) {
			i++;
			continue;
		}
		let j = i;
		while (j < n) {
			const d = text.charCodeAt(j);
			if (d === 44 || d === 125 || d === 93 || d === 32 || d === 9 || d === 10 || d === 13) break;
			j++;
		}
		valueEnded(j);
		i = j;
	}
	return found;
}
// src/core/hardening/jws-header.ts
/** Extensions this page understands: only RFC 7797's `b64`, which jose implements. */
var UNDERSTOOD = /* @__PURE__ */ new Set(["b64"]);
/** The names in a header's `crit` that this page does not understand (empty when none or not a list). */
function unknownCritNames(header) {
	const crit = header.crit;
	if (!Array.isArray(crit)) return [];
	return crit.filter((c) => typeof c === "string" && !UNDERSTOOD.has(c)).slice(0, 20);
}
// src/core/hardening/findings.ts
var SEXTET = (c) => {
	if (c >= 65 && c <= 90) return c - 65;
	if (c >= 97 && c <= 122) return c - 71;
	if (c >= 48 && c <= 57) return c + 4;
	return c === 45 ? 62 : c === 95 ? 63 : -1;
};
/**
* True when a base64url segment's last character carries bits its length does not use (RFC 4648 §3.5): the
* same bytes then have several spellings, and a list of tokens seen before misses the others.
*/
function isNonCanonicalBase64url(segment) {
	const rest = segment.length % 4;
	if (rest !== 2 && rest !== 3) return false;
	const last = SEXTET(segment.charCodeAt(segment.length - 1));
	if (last < 0) return false;
	return (last & (rest === 2 ? 15 : 3)) !== 0;
}
/** The duplicate-member, non-canonical-encoding and crit-unknown findings of a decoded compact token. */
function tokenShapeFindings(decoded) {
	const details = [];
	const header = decoded.header;
	const texts = [["header", header?.value ? header.text : void 0], ["payload", decoded.payload?.view?.type === "claims" ? decoded.payload.view.text : void 0]];
	for (const [segment, text] of texts) {
		if (text === void 0) continue;
		for (const d of findDuplicateMembers(text)) details.push({
			code: "duplicate-member",
			segment,
			...d
		});
	}
	const names = decoded.kind === "jwe" ? [
		"header",
		"encrypted-key",
		"iv",
		"ciphertext",
		"tag"
	] : [
		"header",
		"payload",
		"signature"
	];
	const unencoded = header?.value?.b64 === false;
	const segments = names.filter((name, i) => !(unencoded && name === "payload") && isNonCanonicalBase64url(decoded.parts[i] ?? ""));
	if (segments.length > 0) details.push({
		code: "non-canonical-encoding",
		segments
	});
	if (header?.value) {
		const unknown = unknownCritNames(header.value);
		if (unknown.length > 0) details.push({
			code: "crit-unknown",
			names: unknown
		});
	}
	return details;
}
/** The untrusted-key-source finding when the key in the key box came from the token, its URLs or a link. */
function keySourceFindings(source) {
	return source ? [{
		code: "untrusted-key-source",
		source
	}] : [];
}
// src/core/hardening/public-key-secret.ts
var MAX_TEXT = 65536;
function readDerKind(der) {
	if (der.length < 32 || der[0] !== 48) return void 0;
	try {
		if (readSpkiFacts(der).kty !== "unknown") return "spki-base64";
	} catch {}
	try {
		readCertificate(der);
		return "certificate-base64";
	} catch {
		return;
	}
}
function decodeEither(text) {
	try {
		return decodeBase64(text);
	} catch {
		try {
			return decodeBase64url(text);
		} catch {
			return;
		}
	}
}
/**
* Names the public-key form of a secret's text or bytes when it is not armoured (no PEM lines, no JWK
* object), or undefined for an ordinary secret. Never throws.
*/
function detectBarePublicKey(text, bytes) {
	if (bytes && bytes.length <= MAX_TEXT) {
		const fromBytes = readDerKind(bytes);
		if (fromBytes) return fromBytes;
	}
	if (text === void 0 || text.length > MAX_TEXT) return void 0;
	const trimmed = text.trim();
	if (trimmed.startsWith("[")) {
		const parsed = parseJsonWithin(trimmed);
		const value = "value" in parsed ? parsed.value : void 0;
		const isJwk = (v) => typeof v === "object" && v !== null && typeof v.kty === "string";
		return Array.isArray(value) && value.some(isJwk) ? "jwk-array" : void 0;
	}
	const compact = trimmed.replace(/\s/g, "");
	if (compact.length < 44 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact)) return void 0;
	const der = decodeEither(compact);
	return der ? readDerKind(der) : void 0;
}
// src/core/advisor.ts
var RFC8725 = "https://www.rfc-editor.org/rfc/rfc8725";
var RFC7518 = "https://www.rfc-editor.org/rfc/rfc7518";
var RFC7519 = "https://www.rfc-editor.org/rfc/rfc7519";
/** The rule behind each finding code. */
var RULES = {
	"alg-none": {
		title: "RFC 8725 §3.2: Use Appropriate Algorithms",
		url: `${RFC8725}#section-3.2`
	},
	"weak-secret": {
		title: "RFC 8725 §3.5: Ensure Cryptographic Keys Have Sufficient Entropy",
		url: `${RFC8725}#section-3.5`
	},
	"short-secret": {
		title: "RFC 7518 §3.2: HMAC with SHA-2 Functions",
		url: `${RFC7518}#section-3.2`
	},
	"missing-exp": {
		title: "RFC 7519 §4.1.4: \"exp\" (Expiration Time) Claim",
		url: `${RFC7519}#section-4.1.4`
	},
	"long-lifetime": {
		title: "RFC 7519 §4.1.4: \"exp\" (Expiration Time) Claim",
		url: `${RFC7519}#section-4.1.4`
	},
	"exp-in-milliseconds": {
		title: "RFC 7519 §2: NumericDate",
		url: `${RFC7519}#section-2`
	},
	"sensitive-claim": {
		title: "RFC 7519 §12: Privacy Considerations",
		url: `${RFC7519}#section-12`
	},
	"kid-suspicious": {
		title: "RFC 8725 §3.10: Do Not Trust Received Claims",
		url: `${RFC8725}#section-3.10`
	},
	"header-key-url": {
		title: "RFC 8725 §3.10: Do Not Trust Received Claims",
		url: `${RFC8725}#section-3.10`
	},
	"embedded-jwk": {
		title: "RFC 8725 §3.10: Do Not Trust Received Claims",
		url: `${RFC8725}#section-3.10`
	},
	"alg-confusion": {
		title: "RFC 8725 §3.1: Perform Algorithm Verification",
		url: `${RFC8725}#section-3.1`
	},
	"duplicate-member": {
		title: "RFC 7519 §4: JWT Claims (duplicate names)",
		url: `${RFC7519}#section-4`
	},
	"non-canonical-encoding": {
		title: "RFC 4648 §3.5: Canonical Encoding",
		url: "https://www.rfc-editor.org/rfc/rfc4648#section-3.5"
	},
	"crit-unknown": {
		title: "RFC 7515 §4.1.11: \"crit\" (Critical) Header Parameter",
		url: "https://www.rfc-editor.org/rfc/rfc7515#section-4.1.11"
	},
	"untrusted-key-source": {
		title: "RFC 8725 §3.10: Do Not Trust Received Claims",
		url: `${RFC8725}#section-3.10`
	}
};
var SEVERITY = {
	"alg-none": "high",
	"weak-secret": "high",
	"alg-confusion": "high",
	"short-secret": "medium",
	"missing-exp": "medium",
	"exp-in-milliseconds": "medium",
	"kid-suspicious": "medium",
	"header-key-url": "medium",
	"embedded-jwk": "medium",
	"long-lifetime": "low",
	"duplicate-member": "high",
	"crit-unknown": "high",
	"untrusted-key-source": "high",
	"non-canonical-encoding": "low"
};
var SENSITIVE_SEVERITY = {
	password: "high",
	secret: "high",
	"api-key": "high",
	"private-key": "high",
	"card-number": "high",
	token: "medium",
	"national-id": "medium",
	"bank-account": "medium"
};
var SEVERITY_ORDER = {
	high: 0,
	medium: 1,
	low: 2,
	info: 3
};
function makeFinding(detail) {
	const severity = detail.code === "sensitive-claim" ? SENSITIVE_SEVERITY[detail.kind] : SEVERITY[detail.code];
	return {
		...detail,
		severity,
		rule: RULES[detail.code]
	};
}
var HASH_LENGTH = {
	HS256: 32,
	HS384: 48,
	HS512: 64
};
var DAY = 86400;
var MILLISECONDS_THRESHOLD = 1e11;
/**
* Lists what an attacker would notice about a decoded token and its key (RFC 8725), most severe first.
* Pure and synchronous; the weak-secret search runs elsewhere and passes its result in as `weakSecret`.
*/
function adviseToken(input) {
	const { decoded, now } = input;
	const details = [];
	const header = decoded.header?.value;
	const alg = typeof header?.alg === "string" ? header.alg : void 0;
	if (header) {
		if (alg?.toLowerCase() === "none") details.push({ code: "alg-none" });
		details.push(...checkHeaderKeys(header));
	}
	details.push(...tokenShapeFindings(decoded), ...keySourceFindings(input.keySource));
	if (isHmacAlg(alg)) {
		if (input.weakSecret !== void 0) details.push({
			code: "weak-secret",
			secret: input.weakSecret
		});
		const keyFormat = detectPublicKeyMaterial(input.keyText ?? decodeSecretText(input.secretBytes)) ?? detectBarePublicKey(input.keyText, input.secretBytes);
		if (keyFormat) details.push({
			code: "alg-confusion",
			alg,
			keyFormat
		});
		else if (input.secretBytes && input.secretBytes.length < (HASH_LENGTH[alg] ?? 0)) details.push({
			code: "short-secret",
			alg,
			secretLength: input.secretBytes.length,
			minimumLength: HASH_LENGTH[alg] ?? 0
		});
	}
	const view = decoded.payload?.view;
	if (decoded.kind !== "jwe" && view?.type === "claims") {
		details.push(...checkLifetime(view.claims, now));
		details.push(...findSensitiveClaims(view.claims));
	}
	return details.map(makeFinding).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
function decodeSecretText(bytes) {
	return bytes ? utf8DecodeLenient(bytes.subarray(0, 16384)) : void 0;
}
function checkHeaderKeys(header) {
	const details = [];
	if ("kid" in header) {
		const kid = header.kid;
		const reasons = typeof kid === "string" ? judgeKid(kid) : ["not-a-string"];
		if (reasons.length > 0) details.push({
			code: "kid-suspicious",
			kid: typeof kid === "string" ? kid : JSON.stringify(kid),
			reasons
		});
	}
	for (const parameter of ["jku", "x5u"]) if (parameter in header) {
		const value = header[parameter];
		details.push({
			code: "header-key-url",
			parameter,
			url: typeof value === "string" ? value : JSON.stringify(value)
		});
	}
	if ("jwk" in header) {
		const jwk = header.jwk;
		const object = jwk !== null && typeof jwk === "object" && !Array.isArray(jwk) ? jwk : {};
		details.push({
			code: "embedded-jwk",
			...typeof object.kty === "string" ? { kty: object.kty } : {},
			hasPrivateKey: "d" in object || object.kty === "oct" && "k" in object
		});
	}
	return details;
}
var KID_CHECKS = [
	["path-traversal", /(?:^|[\\/])\.\.(?:[\\/]|$)|%2e%2e|\.\.%2f|\.\.%5c/i],
	["absolute-path", /^(?:\/(?:dev|etc|proc|sys|tmp|var|usr|home|root|bin|opt|srv|run)\/|[a-z]:\\|file:)/i],
	["quote", /['"`]/],
	["sql", /\bunion\s+(?:all\s+)?select\b|\bselect\b.+\bfrom\b|\b(?:or|and)\s+\S+\s*=\s*\S+|\bdrop\s+table\b|\bsleep\s*\(|--\s*$|\/\*|;\s*(?:select|insert|update|delete|drop)\b/i],
	["shell", /[|&;<>$]|\$\(|\r|\n/],
	["url", /^[a-z][a-z0-9+.-]*:\/\/|^\/\//i]
];
function judgeKid(kid) {
	const sample = kid.slice(0, 4096);
	const reasons = KID_CHECKS.filter(([, pattern]) => pattern.test(sample)).map(([reason]) => reason);
	if (hasControlCharacter(sample)) reasons.push("control-character");
	return reasons;
}
function hasControlCharacter(text) {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 127) return true;
	}
	return false;
}
/** Names the public-key format of `text`, if it is public-key material rather than a secret. */
function detectPublicKeyMaterial(text) {
	if (text === void 0) return void 0;
	const trimmed = text.trim();
	if (/-----BEGIN (?:RSA |EC )?PUBLIC KEY-----/.test(trimmed)) return "pem-public";
	if (/-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----/.test(trimmed)) return "pem-certificate";
	if (/^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) AAAA/.test(trimmed)) return "ssh-public";
	if (trimmed.startsWith("{")) {
		const parsed = parseJsonWithin(trimmed);
		const value = "value" in parsed ? parsed.value : void 0;
		if (value && typeof value === "object" && !Array.isArray(value)) {
			const object = value;
			if (Array.isArray(object.keys)) return "jwks";
			if (typeof object.kty === "string" && object.kty !== "oct") return "jwk-public";
		}
	}
}
function checkLifetime(claims, now) {
	const details = [];
	const { exp, iat } = claims;
	if (!("exp" in claims)) details.push({ code: "missing-exp" });
	let millis = false;
	for (const claim of [
		"exp",
		"nbf",
		"iat"
	]) {
		const value = claims[claim];
		if (typeof value === "number" && value > MILLISECONDS_THRESHOLD) {
			details.push({
				code: "exp-in-milliseconds",
				claim,
				value
			});
			millis = true;
		}
	}
	if (!millis && typeof exp === "number") {
		const fromIat = typeof iat === "number";
		const lifetimeSeconds = exp - (fromIat ? iat : now);
		if (lifetimeSeconds > DAY) details.push({
			code: "long-lifetime",
			lifetimeSeconds,
			from: fromIat ? "iat" : "now"
		});
	}
	return details;
}
var MAX_DEPTH = 16;
var MAX_NODES = 5e3;
var MAX_FINDINGS = 50;
var MAX_STRING = 16384;
var IDENTIFIER_KEYS = /^(?:sub|jti|sid|oid|tid|azp|aud|iss|nonce|kid|id|uid|uuid|guid|client_id|.*_(?:id|hash))$/i;
/** Splits a claim name into lower-case words: `clientSecret`, `client_secret`, `client-secret` → client, secret. */
function splitWords(key) {
	return key.slice(0, 256).replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
var METADATA_WORDS = /* @__PURE__ */ new Set([
	"at",
	"time",
	"date",
	"changed",
	"updated",
	"set",
	"expires",
	"expiry",
	"expired",
	"age",
	"policy",
	"reset",
	"required",
	"length",
	"strength",
	"less",
	"enabled",
	"verified",
	"type",
	"method",
	"last"
]);
function classifyKey(key) {
	const words = splitWords(key);
	if (words.length === 0) return void 0;
	const last = words[words.length - 1] ?? "";
	if (METADATA_WORDS.has(last)) return void 0;
	const joined = words.join("");
	const has = (word) => words.includes(word);
	if (![
		"id",
		"ids",
		"name",
		"hash",
		"hint"
	].includes(last)) {
		if (/privatekey|privkey/.test(joined)) return "private-key";
		if (/password|passwd|passphrase/.test(joined) && !joined.includes("passwordless")) return "password";
		if (has("pwd") || joined === "pass" || has("pin")) return "password";
		if (/apikey|apitoken|accesskey/.test(joined)) return "api-key";
		if (has("secret") || has("secrets") || /clientsecret|secretkey|apisecret/.test(joined)) return "secret";
	}
	if (/creditcard|cardnumber|ccnumber|cardno|^pan$|^cvv2?$|^cvc2?$|securitycode/.test(joined)) return "card-number";
	if (/^(?:ssn|sin|nino|bsn|cpf|aadhaar|aadhar)$|socialsecurity|nationalid|taxid|passportn(?:o|umber)|driverslicen[cs]e|driverlicen[cs]e/.test(joined)) return "national-id";
	if (/^iban$|bankaccount|accountnumber|routingnumber/.test(joined)) return "bank-account";
	if (/^(?:refreshtoken|accesstoken|sessiontoken|authtoken|bearertoken|idtoken)$/.test(joined)) return "token";
}
var CREDENTIAL_PATTERNS = [
	["private-key", /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/],
	["api-key", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
	["api-key", /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
	["api-key", /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
	["api-key", /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}/],
	["api-key", /\bAIza[0-9A-Za-z_-]{35}\b/],
	["password", /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s:/@]{1,256}:[^\s@/]{1,256}@[^\s]/i]
];
var SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/;
var CARD_CANDIDATE = /(?<![\d.-])\d(?:[ -]?\d){12,18}(?![\d.-])/g;
/** Tells whether a 13–19 digit string passes the Luhn check and starts like a card number (2–6). */
function isCardNumber(digits) {
	if (!/^[2-6]\d{12,18}$/.test(digits)) return false;
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
		if (i % 2 === 1) {
			digit *= 2;
			if (digit > 9) digit -= 9;
		}
		sum += digit;
	}
	return sum % 10 === 0;
}
function looksLikeMillisecondTimestamp(digits) {
	return digits.length === 13 && Number(digits) >= 0xe8d4a51000 && Number(digits) < 43e11;
}
function classifyValue(value) {
	if (typeof value === "number") {
		if (!Number.isSafeInteger(value) || value < 0) return void 0;
		const digits = String(value);
		return isCardNumber(digits) && !looksLikeMillisecondTimestamp(digits) ? "card-number" : void 0;
	}
	const text = value.length > MAX_STRING ? value.slice(0, MAX_STRING) : value;
	for (const [kind, pattern] of CREDENTIAL_PATTERNS) if (pattern.test(text)) return kind;
	if (SSN.test(text)) return "national-id";
	let checked = 0;
	for (const match of text.matchAll(CARD_CANDIDATE)) {
		const digits = match[0].replace(/[ -]/g, "");
		if (isCardNumber(digits) && !looksLikeMillisecondTimestamp(digits)) return "card-number";
		if (++checked >= 100) break;
	}
}
function isEmpty(value) {
	return value === null || value === "" || typeof value === "boolean";
}
/** Walks the claims (bounded in depth and size) for credentials and personal data anyone can read. */
function findSensitiveClaims(claims) {
	const details = [];
	let nodes = 0;
	const report = (path, kind, match) => details.push({
		code: "sensitive-claim",
		path,
		kind,
		match
	});
	const walk = (value, path, key, depth) => {
		if (details.length >= MAX_FINDINGS || ++nodes > MAX_NODES) return;
		if (key !== void 0) {
			const kind = classifyKey(key);
			if (kind && !isEmpty(value)) {
				report(path, kind, "name");
				return;
			}
		}
		if (typeof value === "string" || typeof value === "number") {
			if (key !== void 0 && IDENTIFIER_KEYS.test(key)) return;
			const kind = classifyValue(value);
			if (kind) report(path, kind, "value");
			return;
		}
		if (value === null || typeof value !== "object" || depth >= MAX_DEPTH) return;
		if (Array.isArray(value)) {
			value.forEach((item, index) => walk(item, [...path, index], void 0, depth + 1));
			return;
		}
		const object = value;
		if (typeof object.kty === "string" && ("d" in object || object.kty === "oct" && "k" in object)) {
			report(path, object.kty === "oct" ? "secret" : "private-key", "value");
			return;
		}
		for (const [childKey, child] of Object.entries(object)) walk(child, [...path, childKey], childKey, depth + 1);
	};
	for (const [key, value] of Object.entries(claims)) walk(value, [key], key, 1);
	return details;
}
// src/core/discovery.ts
var OIDC_SUFFIX = "/.well-known/openid-configuration";
var RFC8414_SEGMENT = "/.well-known/oauth-authorization-server";
/** The OpenID Connect discovery URL: the suffix is appended to the issuer, path included (OIDC Discovery §4). */
function buildOidcConfigurationUrl(issuer) {
	return trimTrailing(issuer, "/") + OIDC_SUFFIX;
}
/** The RFC 8414 metadata URL: the well-known segment goes between host and path (RFC 8414 §3.1). */
function buildAuthorizationServerMetadataUrl(issuer) {
	let url;
	try {
		url = new URL(issuer);
	} catch {
		return;
	}
	const path = trimTrailing(url.pathname, "/");
	return `${url.protocol}//${url.host}${RFC8414_SEGMENT}${path}`;
}
function readString(object, name) {
	const value = object?.[name];
	return typeof value === "string" ? value : void 0;
}
/**
* Lists what discovery will ask for, without fetching: the issuer's metadata first (trusted), then what
* the header names (jku, x5u, x5c, jwk; untrusted because the token chose them itself).
*/
function planDiscovery(header, payload) {
	const sources = [];
	const notes = [];
	const issuer = readString(payload, "iss");
	if (issuer !== void 0) {
		let parsed;
		try {
			parsed = new URL(issuer);
		} catch {
			notes.push({
				code: "discovery-invalid-url",
				url: issuer
			});
		}
		if (parsed) {
			sources.push({
				kind: "oidc",
				url: buildOidcConfigurationUrl(issuer),
				untrusted: false
			});
			const rfc8414 = buildAuthorizationServerMetadataUrl(issuer);
			if (rfc8414) sources.push({
				kind: "rfc8414",
				url: rfc8414,
				untrusted: false
			});
		}
	}
	const jku = readString(header, "jku");
	if (jku !== void 0) sources.push({
		kind: "jku",
		url: jku,
		untrusted: true
	});
	const x5u = readString(header, "x5u");
	if (x5u !== void 0) sources.push({
		kind: "x5u",
		url: x5u,
		untrusted: true
	});
	if (header?.x5c !== void 0) sources.push({
		kind: "x5c",
		untrusted: true,
		value: header.x5c
	});
	if (header?.jwk !== void 0) sources.push({
		kind: "jwk",
		untrusted: true,
		value: header.jwk
	});
	if (sources.length === 0 && notes.length === 0) notes.push({ code: "discovery-nothing-to-ask" });
	return {
		sources,
		issuer,
		kid: readString(header, "kid"),
		alg: readString(header, "alg"),
		notes
	};
}
// src/core/snippets.ts
var PRIVATE_JWK_MEMBERS = /* @__PURE__ */ new Set([
	"d",
	"p",
	"q",
	"dp",
	"dq",
	"qi",
	"oth"
]);
/**
* Writes one program per library that verifies the compact JWS `token` with the given options; the key
* is a placeholder read from the environment unless `includeKey` is set. Returns nothing for alg `none`.
*/
function makeSnippets(options) {
	if (options.alg.toLowerCase() === "none") return [];
	const key = readKeySource(options);
	return [
		{
			lang: "jose",
			code: makeJoseSnippet(options, key)
		},
		{
			lang: "pyjwt",
			code: makePyjwtSnippet(options, key)
		},
		{
			lang: "jsonwebtoken",
			code: makeJsonwebtokenSnippet(options, key)
		}
	];
}
function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return;
	}
}
function isObject(value) {
	return value !== null && typeof value === "object" && !Array.isArray(value);
}
/** Drops a JWK's private members: verifying needs only the public key, so the snippet never carries more. */
function toPublicJwk(value) {
	if (!isObject(value) || value.kty === "oct") return value;
	return Object.fromEntries(Object.entries(value).filter(([name]) => !PRIVATE_JWK_MEMBERS.has(name)));
}
function readKeySource(options) {
	const text = options.includeKey ? options.keyText : void 0;
	const symmetricAlg = options.alg.startsWith("HS");
	switch (options.keyKind) {
		case "secret": return {
			kind: "secret",
			encoding: options.secretEncoding ?? "utf8",
			text
		};
		case "pem-certificate": return {
			kind: "pem",
			format: "certificate",
			text
		};
		case "pem-private": return {
			kind: "pem",
			format: "private",
			text
		};
		case "pem-public": return {
			kind: "pem",
			format: options.keyText?.includes("BEGIN RSA PUBLIC KEY") ?? false ? "pkcs1" : "spki",
			text
		};
		case "jwk": {
			const parsed = options.keyText === void 0 ? void 0 : parseJson(options.keyText);
			const symmetric = isObject(parsed) ? parsed.kty === "oct" : symmetricAlg;
			if (text === void 0) return {
				kind: "jwk",
				symmetric
			};
			return parsed === void 0 ? {
				kind: "jwk",
				symmetric,
				raw: text
			} : {
				kind: "jwk",
				symmetric,
				value: toPublicJwk(parsed)
			};
		}
		case "jwks": {
			if (text === void 0) return { kind: "jwks" };
			const parsed = parseJson(text);
			if (isObject(parsed) && Array.isArray(parsed.keys)) return {
				kind: "jwks",
				value: {
					...parsed,
					keys: parsed.keys.map(toPublicJwk)
				}
			};
			return parsed === void 0 ? {
				kind: "jwks",
				raw: text
			} : {
				kind: "jwks",
				value: parsed
			};
		}
	}
}
/** The environment variable a placeholder key is read from. */
function placeholderName(key) {
	switch (key.kind) {
		case "secret": return "JWT_SECRET";
		case "pem": return key.format === "certificate" ? "JWT_CERTIFICATE" : "JWT_PUBLIC_KEY";
		case "jwk": return key.symmetric ? "JWT_SECRET_JWK" : "JWT_PUBLIC_JWK";
		case "jwks": return "JWT_JWKS";
	}
}
var NEEDS_ESCAPE_JS = /['\\\u0000-\u001f\u007f\u2028\u2029\ud800-\udfff]/;
var NEEDS_ESCAPE_PY = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/;
/** A single-quoted JavaScript string literal that evaluates to `text`. */
function quoteJs(text) {
	if (!NEEDS_ESCAPE_JS.test(text)) return `'${text}'`;
	let out = "'";
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (char === "'") out += "\\'";
		else if (char === "\\") out += "\\\\";
		else if (char === "\n") out += "\\n";
		else if (char === "\r") out += "\\r";
		else if (char === "	") out += "\\t";
		else if (code < 32 || code === 127 || code === 8232 || code === 8233 || code >= 55296 && code <= 57343) out += `\\u${code.toString(16).padStart(4, "0")}`;
		else out += char;
	}
	return out + "'";
}
/** A double-quoted Python 3 string literal that evaluates to `text`. */
function quotePython(text) {
	if (!NEEDS_ESCAPE_PY.test(text)) return `"${text}"`;
	let out = "\"";
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (char === "\"") out += "\\\"";
		else if (char === "\\") out += "\\\\";
		else if (char === "\n") out += "\\n";
		else if (char === "\r") out += "\\r";
		else if (char === "	") out += "\\t";
		else if (code < 32 || code >= 127 && code <= 159) out += `\\x${code.toString(16).padStart(2, "0")}`;
		else if (code === 8232 || code === 8233 || code >= 55296 && code <= 57343) out += `\\u${code.toString(16).padStart(4, "0")}`;
		else out += char;
	}
	return out + "\"";
}
function splitLines(text) {
	const lines = text.split("\n");
	if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
	return lines;
}
/** A JS expression for `text`, one array item per line when it spans several (a PEM stays readable). */
function jsText(text) {
	const lines = splitLines(text);
	if (lines.length === 1) return quoteJs(text);
	const end = text.endsWith("\n") ? ` + '\\n'` : "";
	return `[\n${lines.map((line) => `  ${quoteJs(line)},\n`).join("")}].join('\\n')${end}`;
}
/** A Python expression for `text`, one implicitly concatenated literal per line when it spans several. */
function pyText(text) {
	const lines = splitLines(text);
	if (lines.length === 1) return quotePython(text);
	const last = lines.length - 1;
	return `(\n${lines.map((line, i) => `    ${quotePython(i < last || text.endsWith("\n") ? `${line}\n` : line)}\n`).join("")})`;
}
/** A Python expression for a JSON value (dicts, lists, True / False / None). */
function pyValue(value, indent = "") {
	if (value === null) return "None";
	if (value === true) return "True";
	if (value === false) return "False";
	if (typeof value === "number") return Number.isFinite(value) ? String(value) : "None";
	if (typeof value === "string") return quotePython(value);
	const inner = `${indent}    `;
	if (Array.isArray(value)) {
		if (value.length === 0) return "[]";
		return `[\n${value.map((item) => `${inner}${pyValue(item, inner)},\n`).join("")}${indent}]`;
	}
	const entries = Object.entries(value);
	if (entries.length === 0) return "{}";
	return `{\n${entries.map(([k, v]) => `${inner}${quotePython(k)}: ${pyValue(v, inner)},\n`).join("")}${indent}}`;
}
/** A JS expression for a JSON value (JSON is valid JavaScript since ES2019). */
function jsValue(value) {
	return JSON.stringify(value, null, 2);
}
/** One value as itself, several as a list: what each library reads as "any one of these". */
function oneOrMany(values, one, many) {
	return values.length === 1 ? one(values[0] ?? "") : many(values);
}
var jsList = (values) => `[${values.map(quoteJs).join(", ")}]`;
var pyList = (values) => `[${values.map(quotePython).join(", ")}]`;
function makeJoseSnippet(options, key) {
	const env = `process.env.${placeholderName(key)}`;
	const imports = ["import * as jose from 'jose';"];
	let keyLines;
	let keyName = "key";
	switch (key.kind) {
		case "secret": {
			const source = key.text === void 0 ? env : jsText(key.text);
			keyLines = {
				utf8: `const key = new TextEncoder().encode(${source});`,
				base64url: `const key = jose.base64url.decode(${source});`,
				base64: `const key = Buffer.from(${source}, 'base64');`,
				hex: `const key = Buffer.from(${source}, 'hex');`
			}[key.encoding];
			break;
		}
		case "pem": {
			const pem = key.text === void 0 ? env : jsText(key.text);
			if (key.format === "spki") keyLines = `const key = await jose.importSPKI(${pem}, ${quoteJs(options.alg)});`;
			else if (key.format === "certificate") keyLines = `const key = await jose.importX509(${pem}, ${quoteJs(options.alg)});`;
			else {
				imports.unshift("import { createPublicKey } from 'node:crypto';");
				keyLines = `const key = createPublicKey(${pem});`;
			}
			break;
		}
		case "jwk":
			keyLines = `const key = await jose.importJWK(${key.value !== void 0 ? jsValue(key.value) : `JSON.parse(${key.raw === void 0 ? env : quoteJs(key.raw)})`}, ${quoteJs(options.alg)});`;
			break;
		case "jwks":
			keyLines = `// Picks the key by the token's kid.\nconst jwks = jose.createLocalJWKSet(${key.value !== void 0 ? jsValue(key.value) : `JSON.parse(${key.raw === void 0 ? env : quoteJs(key.raw)})`});`;
			keyName = "jwks";
	}
	const verifyOptions = [`  algorithms: [${quoteJs(options.alg)}],`];
	if (options.audience?.length) verifyOptions.push(`  audience: ${oneOrMany(options.audience, quoteJs, jsList)},`);
	if (options.issuer?.length) verifyOptions.push(`  issuer: ${oneOrMany(options.issuer, quoteJs, jsList)},`);
	if (options.clockTolerance > 0) verifyOptions.push(`  clockTolerance: ${options.clockTolerance},`);
	if (options.requireExp) verifyOptions.push(`  requiredClaims: ['exp'],`);
	return [
		"// Verifies the token with jose (npm install jose) in Node.js 20 or later, as an ES module.",
		...imports,
		"",
		`const token = ${quoteJs(options.token)};`,
		keyLines,
		"",
		`const { payload, protectedHeader } = await jose.jwtVerify(token, ${keyName}, {`,
		...verifyOptions,
		"});",
		"console.log(protectedHeader, payload);",
		""
	].join("\n");
}
function makeJsonwebtokenSnippet(options, key) {
	const env = `process.env.${placeholderName(key)}`;
	const imports = ["import jwt from 'jsonwebtoken';"];
	let keyLines;
	switch (key.kind) {
		case "secret": {
			const source = key.text === void 0 ? env : jsText(key.text);
			keyLines = key.encoding === "utf8" ? `const key = ${source};` : `const key = Buffer.from(${source}, '${key.encoding}');`;
			break;
		}
		case "pem":
			keyLines = `const key = ${key.text === void 0 ? env : jsText(key.text)};`;
			break;
		case "jwk": {
			const jwk = key.value !== void 0 ? jsValue(key.value) : `JSON.parse(${key.raw === void 0 ? env : quoteJs(key.raw)})`;
			if (key.symmetric) keyLines = `const jwk = ${jwk};\nconst key = Buffer.from(jwk.k, 'base64url');`;
			else {
				imports.unshift("import { createPublicKey } from 'node:crypto';");
				keyLines = `const key = createPublicKey({ key: ${jwk}, format: 'jwk' });`;
			}
			break;
		}
		case "jwks": {
			const jwks = key.value !== void 0 ? jsValue(key.value) : `JSON.parse(${key.raw === void 0 ? env : quoteJs(key.raw)})`;
			imports.unshift("import { createPublicKey } from 'node:crypto';");
			keyLines = [
				`const jwks = ${jwks};`,
				"// Picks the key by the token's kid, as jose's createLocalJWKSet does.",
				"const { kid } = jwt.decode(token, { complete: true }).header;",
				"const jwk = jwks.keys.find((k) => kid === undefined || k.kid === kid);",
				"const key = createPublicKey({ key: jwk, format: 'jwk' });"
			].join("\n");
			break;
		}
	}
	const verifyOptions = [`  algorithms: [${quoteJs(options.alg)}],`];
	if (options.audience?.length) verifyOptions.push(`  audience: ${oneOrMany(options.audience, quoteJs, jsList)},`);
	if (options.issuer?.length) verifyOptions.push(`  issuer: ${oneOrMany(options.issuer, quoteJs, jsList)},`);
	if (options.clockTolerance > 0) verifyOptions.push(`  clockTolerance: ${options.clockTolerance},`);
	const lines = [
		"// Verifies the token with jsonwebtoken (npm install jsonwebtoken) in Node.js, as an ES module.",
		...imports,
		"",
		`const token = ${quoteJs(options.token)};`,
		keyLines,
		"",
		"const payload = jwt.verify(token, key, {",
		...verifyOptions,
		"});"
	];
	if (options.requireExp) lines.push("// jsonwebtoken has no option to require exp.", "if (typeof payload.exp !== 'number') throw new Error('The token has no exp claim');");
	lines.push("console.log(payload);", "");
	return lines.join("\n");
}
function makePyjwtSnippet(options, key) {
	const env = `os.environ[${quotePython(placeholderName(key))}]`;
	const imports = /* @__PURE__ */ new Set(["import jwt"]);
	if (key.kind === "secret" || key.kind === "pem" ? key.text === void 0 : key.value === void 0 && key.raw === void 0) imports.add("import os");
	let keyLines;
	switch (key.kind) {
		case "secret": {
			const source = key.text === void 0 ? env : pyText(key.text);
			if (key.encoding === "utf8") keyLines = `key = ${source}`;
			else if (key.encoding === "hex") keyLines = `key = bytes.fromhex(${source})`;
			else if (key.encoding === "base64") {
				imports.add("import base64");
				keyLines = `key = base64.b64decode(${source})`;
			} else {
				imports.add("import base64");
				keyLines = `secret = ${source}\nkey = base64.urlsafe_b64decode(secret + "=" * (-len(secret) % 4))`;
			}
			break;
		}
		case "pem": {
			const pem = key.text === void 0 ? env : pyText(key.text);
			if (key.format === "certificate") {
				imports.add("from cryptography.x509 import load_pem_x509_certificate");
				keyLines = `key = load_pem_x509_certificate(${pem}.encode()).public_key()`;
			} else if (key.format === "private") {
				imports.add("from cryptography.hazmat.primitives.serialization import load_pem_private_key");
				keyLines = `key = load_pem_private_key(${pem}.encode(), password=None).public_key()`;
			} else keyLines = `key = ${pem}`;
			break;
		}
		case "jwk":
			keyLines = `key = jwt.PyJWK(${key.value !== void 0 ? pyValue(key.value) : jsonLoads(key.raw, env, imports)}, algorithm=${quotePython(options.alg)}).key`;
			break;
		case "jwks": keyLines = [
			`jwks = jwt.PyJWKSet.from_dict(${key.value !== void 0 ? pyValue(key.value) : jsonLoads(key.raw, env, imports)})`,
			"# Picks the key by the token's kid.",
			"kid = jwt.get_unverified_header(token).get(\"kid\")",
			"key = next(k for k in jwks.keys if kid is None or k.key_id == kid).key"
		].join("\n");
	}
	const args = [
		"    token,",
		"    key,",
		`    algorithms=[${quotePython(options.alg)}],`
	];
	const decodeOptions = [];
	if (options.audience?.length) args.push(`    audience=${oneOrMany(options.audience, quotePython, pyList)},`);
	else decodeOptions.push("\"verify_aud\": False");
	if (options.issuer?.length === 1) args.push(`    issuer=${quotePython(options.issuer[0] ?? "")},`);
	if (options.clockTolerance > 0) args.push(`    leeway=${options.clockTolerance},`);
	if (options.requireExp) decodeOptions.push("\"require\": [\"exp\"]");
	if (decodeOptions.length > 0) args.push(`    options={${decodeOptions.join(", ")}},`);
	const lines = [
		"# Verifies the token with PyJWT (pip install \"pyjwt[crypto]\").",
		...groupPythonImports([...imports]),
		"",
		`token = ${quotePython(options.token)}`,
		keyLines,
		"",
		"claims = jwt.decode(",
		...args,
		")"
	];
	if (options.issuer && options.issuer.length > 1) lines.push(`if claims.get("iss") not in ${pyList(options.issuer)}:`, "    raise jwt.InvalidIssuerError(\"Invalid issuer\")");
	lines.push("print(claims)", "");
	return lines.join("\n");
}
function jsonLoads(raw, env, imports) {
	imports.add("import json");
	return `json.loads(${raw === void 0 ? env : quotePython(raw)})`;
}
var PYTHON_STDLIB = /* @__PURE__ */ new Set([
	"import base64",
	"import json",
	"import os"
]);
/** The standard library's imports, a blank line, then the third-party ones (PEP 8), each group sorted. */
function groupPythonImports(imports) {
	const standard = imports.filter((line) => PYTHON_STDLIB.has(line)).sort();
	const thirdParty = imports.filter((line) => !PYTHON_STDLIB.has(line)).sort();
	return standard.length > 0 ? [
		...standard,
		"",
		...thirdParty
	] : thirdParty;
}
export { adviseToken, decodeBase64, decodeToken, makeSnippets, parseKeyInput, planDiscovery, readPemBlocks };
