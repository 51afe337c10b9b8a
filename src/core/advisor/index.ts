// core/advisor: its public entry; app, features and shared import core/advisor only through this file.
export { RULES, adviseToken } from './advisor';
export type { ClaimPath, Finding, FindingDetail, KidReason, PublicKeyFormat, SensitiveKind } from './advisor';
export { findWeakSecret, parseWeakSecretList, splitHmacToken } from './weak-secret';
