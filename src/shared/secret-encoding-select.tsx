// "Secret is …": how a pasted secret is read. One control for the key box and the encrypt panel's key.
import type { SecretEncoding } from '../core/keys';
import { sharedMessages } from '../i18n/en/shared';
import { useMessages } from '../i18n/use-messages';

const ENCODINGS: readonly SecretEncoding[] = ['utf8', 'base64url', 'base64', 'hex'];

export interface SecretEncodingSelectProps {
  /** The contract's data-testid (secret-encoding, encryption-key-encoding). */
  testid: string;
  value: SecretEncoding;
  onChange: (encoding: SecretEncoding) => void;
}

export function SecretEncodingSelect({ testid, value, onChange }: SecretEncodingSelectProps) {
  const t = useMessages(sharedMessages);
  const label = (e: SecretEncoding) => (e === 'utf8' ? t.utf8 : e === 'hex' ? t.hex : e);
  return (
    <label className="inline">
      {t.secretIs}
      <select data-testid={testid} value={value} onChange={(e) => onChange(e.target.value as SecretEncoding)}>
        {ENCODINGS.map((e) => (
          <option key={e} value={e}>
            {label(e)}
          </option>
        ))}
      </select>
    </label>
  );
}
