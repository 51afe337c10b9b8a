// Makes the chosen attack's tokens whenever the token, key, attack or URL changes; stale results are dropped.
import { useEffect, useState } from 'react';
import type { AttackId } from '../../core/forge';
import { forgeAttack, type ForgedAttack, type ForgeProblem } from '../../core/forge';
import type { SecretEncoding } from '../../core/keys';
import type { Result } from '../../core/shared';

export interface ForgeInputs {
  attack: AttackId;
  token: string;
  keyText: string;
  encoding: SecretEncoding;
  url: string;
}

export function useForge(inputs: ForgeInputs): {
  result?: Result<ForgedAttack, ForgeProblem>;
  busy: boolean;
} {
  const { attack, token, keyText, encoding, url } = inputs;
  const [state, setState] = useState<{ for?: ForgeInputs; result?: Result<ForgedAttack, ForgeProblem> }>({});
  useEffect(() => {
    let stale = false;
    const request = { attack, token, keyText, encoding, url };
    forgeAttack(request).then(
      (result) => {
        if (!stale) setState({ for: request, result });
      },
      (e: unknown) => {
        if (!stale) throw e;
      },
    );
    return () => {
      stale = true;
    };
  }, [attack, token, keyText, encoding, url]);
  const f = state.for;
  const busy =
    !f ||
    f.attack !== attack ||
    f.token !== token ||
    f.keyText !== keyText ||
    f.encoding !== encoding ||
    f.url !== url;
  return { result: busy ? undefined : state.result, busy };
}
