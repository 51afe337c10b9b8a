// A header control (theme, language): a <select> whose label only screen readers read; its options say enough.
import type { ReactNode } from 'react';

export interface HeaderSelectProps {
  label: string;
  testid: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

export function HeaderSelect({ label, testid, value, onChange, children }: HeaderSelectProps) {
  return (
    <label className="inline">
      <span className="visually-hidden">{label}</span>
      <select
        data-testid={testid}
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
    </label>
  );
}
