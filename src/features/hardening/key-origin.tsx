// Where the key in the key box came from when the user did not type it: discovery through the token's own
// jku / x5u / x5c / jwk, or a #publicKey= link. Carried into the verdict and the untrusted-key-source finding.
import { useCallback, useEffect, useState } from 'react';
import { loadHardeningWords } from '../../shared/describe-keys';
import type { KeySource } from '../../core/hardening';

const UNTRUSTED: readonly string[] = ['jku', 'x5u', 'x5c', 'jwk', 'link'];

/** The source of the key box's text, while the box still holds exactly the text that source gave. */
export function useKeyOrigin(keyText: string): {
  source: KeySource | undefined;
  setOrigin: (text: string, source: string | undefined) => void;
} {
  const [origin, setOriginState] = useState<{ text: string; source: KeySource }>();
  const setOrigin = useCallback((text: string, source: string | undefined) => {
    setOriginState(source && UNTRUSTED.includes(source) ? { text, source: source as KeySource } : undefined);
  }, []);
  return { source: origin?.text === keyText ? origin.source : undefined, setOrigin };
}

/** Renders again once the wording of async verification problems has loaded (it loads after the first render). */
export function useHardeningWords(): void {
  const [, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void loadHardeningWords().then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, []);
}
