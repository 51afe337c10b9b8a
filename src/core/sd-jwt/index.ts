// SD-JWT (RFC 9901): the public API of core/sd-jwt, loaded by the app only when an SD-JWT appears or is made.
export { readSdJwt, digestDisclosure, joinPath, SD_HASH_ALGORITHMS } from './read';
export type { DisclosureReport, DisclosureStatus, MalformedReason, SdJwtProblem, SdJwtReading } from './read';
export { checkKeyBinding, computeSdHash } from './key-binding';
export type { KeyBindingCheck, KeyBindingOptions, KeyBindingReport, KeyBindingState } from './key-binding';
export { makeSdJwt, parseClaimPaths, presentSdJwt } from './make';
export type { MadeDisclosure, MadeSdJwt, MakeRequest, PresentRequest, SdMakeProblem } from './make';
export { readSdJwtVc } from './vc';
export type { SdJwtTyp, SdJwtVcInfo } from './vc';

import { checkKeyBinding } from './key-binding';
import type { KeyBindingOptions, KeyBindingReport } from './key-binding';
import { readSdJwt } from './read';
import type { SdJwtReading } from './read';
import { readSdJwtVc } from './vc';
import type { SdJwtVcInfo } from './vc';
import type { JsonObject } from '../token/token';
import { parseEvaluationTime, splitList } from '../claims/claims';

export interface SdJwtInspection {
  text: string;
  reading: SdJwtReading;
  keyBinding: KeyBindingReport;
  vc: SdJwtVcInfo;
}

/** Everything the page shows about a pasted SD-JWT: disclosures, §7.1 problems, key binding, SD-JWT VC facts. */
export async function inspectSdJwt(
  text: string,
  header: JsonObject | undefined,
  claims: JsonObject,
  options: KeyBindingOptions,
): Promise<SdJwtInspection> {
  const reading = await readSdJwt(text, claims);
  const keyBinding = await checkKeyBinding(reading, claims, options);
  return { text, reading, keyBinding, vc: readSdJwtVc(header, claims) };
}

/** The validation inputs as typed (strings); see `inspectSdJwtWith`. */
export interface SdJwtValidationText {
  audience: string;
  nonce?: string;
  clockTolerance: string;
  evaluationTime: string;
}

/**
 * `inspectSdJwt` for the page: reads the options as typed, judging the KB-JWT's iat at the evaluation time or now.
 * Kept here, not in the hook, so the first-verdict bundle carries none of it.
 */
export async function inspectSdJwtWith(
  text: string,
  header: JsonObject | undefined,
  claims: JsonObject,
  validation: SdJwtValidationText,
): Promise<SdJwtInspection> {
  const evaluation = parseEvaluationTime(validation.evaluationTime);
  const now = (evaluation.ok ? evaluation.seconds : undefined) ?? Math.floor(Date.now() / 1000);
  return inspectSdJwt(text, header, claims, {
    now,
    clockTolerance: Math.max(0, Number(validation.clockTolerance) || 0),
    audience: splitList(validation.audience),
    nonce: (validation.nonce ?? '').trim(),
  });
}
