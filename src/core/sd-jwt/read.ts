// Reads an SD-JWT (RFC 9901): splits it, decodes and digests each disclosure, places it, and checks §7.1.
// The data it returns is typed in types.ts; one disclosure is decoded in disclosure.ts.

import { splitSdJwt } from '@sd-jwt/decode';
import type { JsonObject } from '../token/token';
import { arrayDigest, decodeDisclosure, digestDisclosure, isHashAlg, isObject, joinPath } from './disclosure';
import type { DisclosureReport, SdJwtProblem, SdJwtReading } from './types';

export { digestDisclosure, joinPath } from './disclosure';
export { SD_HASH_ALGORITHMS } from './types';
export type * from './types';

/**
 * Reads an SD-JWT or SD-JWT+KB against its issuer JWT's decoded payload. Never throws; every §7.1 problem is data.
 * @example await readSdJwt(presentation, decoded.payload.view.claims)
 */
export async function readSdJwt(text: string, payload: JsonObject): Promise<SdJwtReading> {
  const split = splitSdJwt(text);
  const { jwt } = split;
  let { disclosures: rawDisclosures, kbJwt } = split;
  const problems: SdJwtProblem[] = [];
  if (kbJwt !== undefined && kbJwt.split('.').length !== 3) {
    // §4: an SD-JWT ends in `~`; a last part that is no JWT is more likely a disclosure whose tilde was lost.
    rawDisclosures = [...rawDisclosures, kbJwt];
    kbJwt = undefined;
    problems.push({ code: 'sd-no-trailing-tilde' });
  }
  // §4.3.1: anything after the last tilde is the KB-JWT; sd_hash covers everything before it.
  const boundText = kbJwt === undefined ? text : text.slice(0, text.length - kbJwt.length);
  const rawAlg = payload._sd_alg;
  const hashAlg = rawAlg === undefined ? 'sha-256' : typeof rawAlg === 'string' ? rawAlg : String(rawAlg);
  if (rawAlg !== undefined && typeof rawAlg !== 'string') problems.push({ code: 'sd-alg-not-string' });
  const hashSupported = isHashAlg(hashAlg);
  if (!hashSupported && typeof rawAlg === 'string')
    problems.push({ code: 'sd-alg-unsupported', alg: hashAlg });

  const reports: DisclosureReport[] = await Promise.all(
    rawDisclosures.map(async (raw, index) => {
      const d = decodeDisclosure(raw, index);
      const digest = hashSupported && raw !== '' ? await digestDisclosure(raw, hashAlg) : undefined;
      return {
        index,
        raw,
        digest,
        salt: d.salt,
        name: d.name,
        value: d.value,
        arrayElement: d.arrayElement,
        status: d.problem ? 'invalid' : 'unreferenced',
        problems: d.problem ? [d.problem] : [],
      } satisfies DisclosureReport;
    }),
  );

  // The first disclosure with each digest is the one that is placed; a repeat is flagged.
  const byDigest = new Map<string, DisclosureReport>();
  for (const r of reports) {
    if (r.digest === undefined) continue;
    const first = byDigest.get(r.digest);
    if (first) {
      r.status = 'duplicate';
      r.problems.push({ code: 'sd-disclosure-repeated', index: r.index, firstIndex: first.index });
    } else byDigest.set(r.digest, r);
  }

  const seen = new Map<string, string[]>();
  const disclosedPaths: string[] = [];
  let undisclosedCount = 0;

  /** Looks a digest up, noting where it was met; undefined when no usable disclosure reveals it. */
  const take = (digest: string, path: string): DisclosureReport | undefined => {
    const paths = seen.get(digest);
    if (paths) {
      paths.push(path);
      return undefined;
    }
    seen.set(digest, [path]);
    const found = byDigest.get(digest);
    if (!found || found.status === 'invalid') {
      if (!found) undisclosedCount += 1;
      return undefined;
    }
    return found;
  };

  const walk = (value: unknown, path: string, depth: number): unknown => {
    // Disclosures may nest (§4.2.6); a cycle is impossible (each digest is taken once), depth only bounds bad input.
    if (depth > 200) return value;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const element of value) {
        const digest = arrayDigest(element);
        if (digest === undefined) {
          out.push(walk(element, joinPath(path, out.length), depth + 1));
          continue;
        }
        const at = joinPath(path, out.length);
        const found = take(digest, at);
        if (!found) continue; // §7.1 3.4: elements whose digest is not revealed are removed
        if (!found.arrayElement) {
          found.status = 'invalid';
          found.problems.push({
            code: 'sd-disclosure-wrong-kind',
            index: found.index,
            expected: 'array-element',
            path: at,
          });
          continue;
        }
        found.status = 'ok';
        found.path = at;
        found.foundIn = '...';
        disclosedPaths.push(at);
        out.push(walk(found.value, at, depth + 1));
      }
      return out;
    }
    if (!isObject(value)) return value;
    const out: JsonObject = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === '_sd') continue;
      if (key === '_sd_alg' && depth === 0) continue;
      out[key] = walk(v, joinPath(path, key), depth + 1);
    }
    const sd = value._sd;
    if (Array.isArray(sd)) {
      for (const digest of sd) {
        if (typeof digest !== 'string') continue;
        const found = take(digest, joinPath(path, '_sd'));
        if (!found) continue;
        if (found.arrayElement || found.name === undefined) {
          found.status = 'invalid';
          found.problems.push({
            code: 'sd-disclosure-wrong-kind',
            index: found.index,
            expected: 'object-property',
            path: joinPath(path, '_sd'),
          });
          continue;
        }
        const at = joinPath(path, found.name);
        if (Object.hasOwn(out, found.name)) {
          found.status = 'invalid';
          found.problems.push({ code: 'sd-claim-exists', index: found.index, name: found.name, path: at });
          continue;
        }
        found.status = 'ok';
        found.path = at;
        found.foundIn = '_sd';
        disclosedPaths.push(at);
        out[found.name] = walk(found.value, at, depth + 1);
      }
    }
    return out;
  };

  const processed = hashSupported ? (walk(payload, '', 0) as JsonObject) : stripSd(payload);

  for (const [digest, paths] of seen) {
    if (paths.length > 1) {
      problems.push({ code: 'sd-digest-repeated', digest, paths });
      const r = byDigest.get(digest);
      if (r && r.status === 'ok') r.status = 'duplicate';
    }
  }
  for (const r of reports) {
    if (r.status === 'unreferenced') r.problems.push({ code: 'sd-disclosure-unreferenced', index: r.index });
    problems.push(...r.problems);
  }

  return {
    issuerJwt: jwt,
    disclosures: reports,
    keyBindingJwt: kbJwt,
    boundText,
    hashAlg,
    hashSupported,
    problems,
    undisclosedCount,
    processed,
    disclosedPaths,
  };
}

/** Without a usable hash, nothing can be disclosed: the payload minus its `_sd` machinery. */
function stripSd(payload: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(payload)) if (k !== '_sd' && k !== '_sd_alg') out[k] = v;
  return out;
}

/** True when a reading passes §7.1 (every disclosure placed once, nothing repeated, a known hash). */
export function isSdJwtConsistent(reading: SdJwtReading): boolean {
  return reading.problems.length === 0;
}
