// English titles and descriptions of the identity providers' own claims, keyed `<provider> <claim>.title` and
// `<provider> <claim>.description`. The English base is core's table itself (core/profiles/provider-claims.json);
// a translation replaces an entry by its key.
import { i18n } from '../i18n';
import { providerClaimEntries } from '../../core/profiles';

export const providerClaimsWordingMessages = i18n(
  'providerClaimsWording',
  Object.fromEntries(
    providerClaimEntries().flatMap((c) => [
      [`${c.provider} ${c.name}.title`, c.title],
      [`${c.provider} ${c.name}.description`, c.description],
    ]),
  ) as Record<string, string>,
);
