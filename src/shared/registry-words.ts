// The registry of claim and header meanings in the chosen language: core's registry (names, specs, links, English
// words) with the title and description taken from the registryWording namespace by name. use-registry.ts and
// the header hover load this module lazily, in place of core/shared/registry.ts.
import {
  describeClaimName as coreClaim,
  describeHeaderName as coreHeader,
  registeredClaimNames,
  registeredHeaderNames,
} from '../core/shared/lazy';
import type { RegisteredName } from '../core/shared';
import { registryWordingMessages } from '../i18n/en/registry-wording';

export { registeredClaimNames, registeredHeaderNames, registryWordingMessages };
export type { RegisteredName };

type Words = Record<string, string>;

function localise(
  kind: 'claim' | 'header',
  r: RegisteredName | undefined,
  t: Words,
): RegisteredName | undefined {
  if (!r) return undefined;
  return {
    ...r,
    title: t[`${kind}.${r.name}.title`] ?? r.title,
    description: t[`${kind}.${r.name}.description`] ?? r.description,
  };
}

/** The registered meaning of a claim name, if any, in the current language (or the one `t` holds). */
export const describeClaimName = (
  name: string,
  t: Words = registryWordingMessages.get(),
): RegisteredName | undefined => localise('claim', coreClaim(name), t);

/** The registered meaning of a JOSE header parameter, if any, in the current language (or the one `t` holds). */
export const describeHeaderName = (
  name: string,
  t: Words = registryWordingMessages.get(),
): RegisteredName | undefined => localise('header', coreHeader(name), t);
