// English names and descriptions of the registered claims and JOSE header parameters, keyed
// `claim.<name>.title`, `claim.<name>.description`, `header.<name>.title`, `header.<name>.description`.
// The English base is core's registry itself (core keeps returning it; a translation replaces it by name). Only
// shared/registry-words.ts imports this file, so it loads lazily with the registry.
import { i18n } from '../i18n';
import {
  describeClaimName,
  describeHeaderName,
  registeredClaimNames,
  registeredHeaderNames,
} from '../../core/shared/registry';
import type { RegisteredName } from '../../core/shared/registry';

const entries = (
  kind: 'claim' | 'header',
  names: string[],
  describe: (n: string) => RegisteredName | undefined,
) =>
  names.flatMap((name) => {
    const r = describe(name);
    return r
      ? [
          [`${kind}.${name}.title`, r.title],
          [`${kind}.${name}.description`, r.description],
        ]
      : [];
  });

export const registryWordingMessages = i18n(
  'registryWording',
  Object.fromEntries([
    ...entries('claim', registeredClaimNames(), describeClaimName),
    ...entries('header', registeredHeaderNames(), describeHeaderName),
  ]) as Record<string, string>,
);
