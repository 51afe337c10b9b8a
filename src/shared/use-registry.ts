// Loads the registry of claim and header meanings after the first render: the verdict does not wait for it.
// It has no request to go stale (one module, loaded once), so it does not use use-async-result.ts; and importing
// that helper here made the bundler split React out of the entry chunk (+0.6 KB gzip, over the budget).
// The module is registry-words.ts (core's registry in the chosen language); a language switch re-renders.
import { useEffect, useState } from 'react';
import type * as RegistryModule from './registry-words';

type Registry = typeof RegistryModule;

let loaded: Registry | undefined;
let loading: Promise<Registry> | undefined;

/** The registry module once loaded (undefined on the very first render). */
export function useRegistry(): Registry | undefined {
  const [registry, setRegistry] = useState<Registry | undefined>(loaded);
  const [, setWords] = useState<unknown>();
  useEffect(() => {
    if (registry) return;
    let live = true;
    loading ??= import('./registry-words').then((m) => (loaded = m));
    void loading.then((m) => {
      if (live) setRegistry(m);
    });
    return () => {
      live = false;
    };
  }, [registry]);
  // Once loaded, follow the registry's words so that a language switch shows the other language's descriptions.
  useEffect(() => registry?.registryWordingMessages.subscribe((words) => setWords(words)), [registry]);
  return registry;
}
