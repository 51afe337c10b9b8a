// Token profiles: the public API of the capability (loaded lazily by the UI).
export { recogniseProfile, normaliseTyp, isTokenEndpoint } from './recognise';
export type { ProfileInput } from './recognise';
export { checkProfile, matchesSubjectPattern, looksLikeApi } from './checks';
export type { ProfileCheck, ProfileCheckInput, ProfileCheckStatus } from './checks';
export { checkHashClaim, computeHashClaim, hashForAlg } from './hash-claims';
export type { HashCheck, HashClaimName } from './hash-claims';
export { describeProviderClaim, providerClaimEntries } from './provider-claims';
export { PROVIDERS, providerInfo } from './providers';
export type { ProviderInfo } from './providers';
export type * from './types';
