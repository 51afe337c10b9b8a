// Registered meanings of JWT claims (IANA registry + OpenID Connect) and JOSE header parameters.
// The meanings are data (registry.json: claims and header parameters, name → meaning); this module indexes them.

import registry from './registry.json';

export interface RegisteredName {
  name: string;
  title: string;
  description: string;
  spec: string;
  url: string;
}

const toMap = (entries: Record<string, Omit<RegisteredName, 'name'>>): Map<string, RegisteredName> =>
  new Map(Object.entries(entries).map(([name, meaning]) => [name, { name, ...meaning }]));

const claims = toMap(registry.claims);
const headers = toMap(registry.headers);

/** The registered meaning of a claim name, if any. */
export const describeClaimName = (name: string): RegisteredName | undefined => claims.get(name);

/** The registered meaning of a JOSE header parameter, if any. */
export const describeHeaderName = (name: string): RegisteredName | undefined => headers.get(name);

export const registeredHeaderNames = (): string[] => [...headers.keys()];

export const registeredClaimNames = (): string[] => [...claims.keys()];
