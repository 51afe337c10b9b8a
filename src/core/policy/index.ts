// core/policy: its public entry; app, features and shared import core/policy only through this file.
export { checkPolicy, readPolicy } from './policy';
export type { PolicyCheck, PolicyCheckReason } from './policy';
