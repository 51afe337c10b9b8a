// Two small labelled controls the panels repeat: a checkbox with its words after it, and a <select> of plain
// values (each option shows its value). Each keeps the panel's data-testid; class "inline" as before.
import type { ReactNode } from 'react';

export interface CheckboxProps {
  testid: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}

export function Checkbox({ testid, checked, disabled, onChange, children }: CheckboxProps) {
  return (
    <label className="inline">
      <input
        type="checkbox"
        data-testid={testid}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      {children}
    </label>
  );
}

export interface ValueSelectProps<T extends string | number> {
  /** The words before the select (its accessible name). */
  label: ReactNode;
  testid: string;
  value: T;
  values: readonly T[];
  disabled?: boolean;
  /** The chosen option's value, as the select gives it (a string). */
  onChange: (value: string) => void;
}

export function ValueSelect<T extends string | number>({
  label,
  testid,
  value,
  values,
  disabled,
  onChange,
}: ValueSelectProps<T>) {
  return (
    <label className="inline">
      {label}
      <select
        data-testid={testid}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}
