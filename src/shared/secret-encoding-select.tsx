// "Secret is …": how a pasted secret is read. One control for the key box and the encrypt panel's key.
import type { SecretEncoding } from '../core/keys';

const OPTIONS: readonly { value: SecretEncoding; label: string }[] = [
  { value: 'utf8', label: 'UTF-8 text' },
  { value: 'base64url', label: 'base64url' },
  { value: 'base64', label: 'base64' },
  { value: 'hex', label: 'hex' },
];

export interface SecretEncodingSelectProps {
  /** The contract's data-testid (secret-encoding, encryption-key-encoding). */
  testid: string;
  value: SecretEncoding;
  onChange: (encoding: SecretEncoding) => void;
}

export function SecretEncodingSelect({ testid, value, onChange }: SecretEncodingSelectProps) {
  return (
    <label className="inline">
      Secret is
      <select data-testid={testid} value={value} onChange={(e) => onChange(e.target.value as SecretEncoding)}>
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
