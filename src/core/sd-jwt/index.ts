// SD-JWT (RFC 9901): the public API of core/sd-jwt, loaded by the app only when an SD-JWT appears or is made.
export { readSdJwt, digestDisclosure, joinPath, SD_HASH_ALGORITHMS } from './read';
export type { DisclosureReport, DisclosureStatus, MalformedReason, SdJwtProblem, SdJwtReading } from './read';
export { checkKeyBinding, computeSdHash } from './key-binding';
export type { KeyBindingCheck, KeyBindingOptions, KeyBindingReport, KeyBindingState } from './key-binding';
export { makeSdJwt, parseClaimPaths, presentSdJwt } from './make';
export type { MadeDisclosure, MadeSdJwt, MakeRequest, PresentRequest, SdMakeProblem } from './make';
export { readSdJwtVc } from './vc';
export type { SdJwtTyp, SdJwtVcInfo } from './vc';
