// The provider's meaning of each claim, for the claims table: the provider is recognised from the claims.
import { useMemo } from 'react';
import { describeProviderClaim, providerInfo, recogniseProfile } from '../../core/profiles';
import type { ProviderClaim } from '../../core/profiles';
import type { JsonObject } from '../../core/token';
import { providerClaimsWordingMessages } from '../../i18n/en/provider-claims-wording';
import { useMessages } from '../../i18n/use-messages';

export type ProviderClaimMeaning = ProviderClaim & { providerName: string };

/** A lookup from claim name to the provider's documented meaning (only for a recognised provider or an unambiguous name). */
export function useProviderClaims(
  claims: JsonObject | undefined,
): (name: string) => ProviderClaimMeaning | undefined {
  const provider = useMemo(
    () => (claims ? recogniseProfile({ payload: claims }).provider : undefined),
    [claims],
  );
  // The title and description in the chosen language (core's table is the English base).
  const words = useMessages(providerClaimsWordingMessages);
  return useMemo(
    () => (name: string) => {
      const claim = describeProviderClaim(name, provider);
      if (!claim) return undefined;
      const key = `${claim.provider} ${claim.name}`;
      return {
        ...claim,
        title: words[`${key}.title`] ?? claim.title,
        description: words[`${key}.description`] ?? claim.description,
        providerName: providerInfo(claim.provider)?.name ?? claim.provider,
      };
    },
    [provider, words],
  );
}
