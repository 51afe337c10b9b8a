// The provider's meaning of each claim, for the claims table: the provider is recognised from the claims.
import { useMemo } from 'react';
import { describeProviderClaim, providerInfo, recogniseProfile } from '../../core/profiles';
import type { ProviderClaim } from '../../core/profiles';
import type { JsonObject } from '../../core/token';

export type ProviderClaimMeaning = ProviderClaim & { providerName: string };

/** A lookup from claim name to the provider's documented meaning (only for a recognised provider or an unambiguous name). */
export function useProviderClaims(
  claims: JsonObject | undefined,
): (name: string) => ProviderClaimMeaning | undefined {
  const provider = useMemo(
    () => (claims ? recogniseProfile({ payload: claims }).provider : undefined),
    [claims],
  );
  return useMemo(
    () => (name: string) => {
      const claim = describeProviderClaim(name, provider);
      return claim && { ...claim, providerName: providerInfo(claim.provider)?.name ?? claim.provider };
    },
    [provider],
  );
}
