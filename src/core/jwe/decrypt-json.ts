// Decrypts a JWE in flattened or general JSON serialization (RFC 7516 §7.2): tries each recipient whose header the
// key box's key fits, and says which recipient it decrypted for. Loaded only when such a token is pasted.

import { flattenedDecrypt } from 'jose';
import type { DecodedToken } from '../token/token';
import { flattenedJwe } from '../token/reencode';
import {
  isObject,
  readPlaintext,
  type DecryptOptions,
  type DecryptionReport,
  type RecipientReport,
} from './decrypt';
import { mapJweError } from './errors';
import { readJweKey } from './key';
import { isJweAlg, isJweEnc } from './registry';
import { findMissingFeature, probeJweSupport } from './support';

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Which failure speaks for the token when no recipient decrypts: a key that fit but did not open it first. */
function rank(row: RecipientReport): number {
  if (row.state === 'failed' && row.problem?.code === 'jwe-wrong-key') return 0;
  if (row.state === 'failed' && row.problem?.code !== 'jwe-key-wrong-type') return 1;
  if (row.state === 'failed') return 2;
  return 3;
}

/**
 * Decrypts a JSON-serialized JWE with the key box's text, recipient by recipient; the first recipient the key
 * opens wins. Never rejects except on abort (with the signal's reason).
 */
export async function decryptJsonToken(
  decoded: DecodedToken,
  keyText: string,
  { encoding = 'utf8', signal, support }: DecryptOptions = {},
): Promise<DecryptionReport> {
  const json = decoded.json;
  if (decoded.tokenProblem || json?.type !== 'jwe')
    return { state: 'failed', problem: decoded.tokenProblem ?? { code: 'token-not-decoded' } };
  const first = json.recipients[0]!;
  const firstAlgs = { alg: str(first.joseHeader.alg), enc: str(first.joseHeader.enc) };
  if (decoded.header?.problem) return { state: 'failed', ...firstAlgs, problem: decoded.header.problem };
  if (keyText.trim() === '') return { state: 'no-key', ...firstAlgs };
  const can = support ?? (await probeJweSupport());
  const cty = str(first.joseHeader.cty);
  const rows: RecipientReport[] = [];
  for (const recipient of json.recipients) {
    const header = recipient.joseHeader;
    const alg = str(header.alg);
    const enc = str(header.enc);
    const kid = str(header.kid);
    const row = { index: recipient.index, alg, enc, ...(kid !== undefined ? { kid } : {}) };
    if (!isJweAlg(alg) || !isJweEnc(enc)) {
      rows.push({ ...row, state: 'unsupported', problem: { code: 'jwe-alg-unknown', alg: alg ?? '', enc } });
      continue;
    }
    const epk = header.epk;
    const missing = findMissingFeature(alg, enc, can, isObject(epk) ? epk.crv : undefined);
    if (missing) {
      const problem = { code: 'jwe-unsupported-in-browser', alg, enc, feature: missing } as const;
      rows.push({ ...row, state: 'unsupported', problem });
      continue;
    }
    const key = await readJweKey(keyText, alg, enc, { use: 'decrypt', encoding, kid });
    signal?.throwIfAborted();
    if (!key.ok) {
      rows.push({ ...row, state: 'failed', problem: key.problem });
      continue;
    }
    try {
      const { plaintext } = await flattenedDecrypt(flattenedJwe(json, recipient), key.value.key, {
        keyManagementAlgorithms: [alg],
        contentEncryptionAlgorithms: [enc],
      });
      signal?.throwIfAborted();
      rows.push({ ...row, state: 'decrypted' });
      return {
        state: 'decrypted',
        alg,
        enc,
        ...readPlaintext(plaintext, str(header.cty) ?? cty),
        recipient: recipient.index,
        recipients: rows,
      };
    } catch (error) {
      signal?.throwIfAborted();
      rows.push({ ...row, ...mapJweError(error, alg) });
    }
  }
  const speaker = [...rows].sort((a, b) => rank(a) - rank(b) || a.index - b.index)[0]!;
  const { index: _index, kid: _kid, ...report } = speaker;
  return { ...report, recipients: rows };
}
