// core/compare: its public entry; app, features and shared import core/compare only through this file.
export { compareTokens } from './compare-tokens';
export type { TokenComparison, TokenDifference } from './compare-tokens';
