// core/forge: its public entry; app, features and shared import core/forge only through this file.
export { ATTACK_IDS, ATTACK_REFERENCES, isAttackId } from './attacks';
export type { AttackId } from './attacks';
export { forgeAttack } from './forge';
export type { ForgeProblem, ForgedAttack } from './forge';
