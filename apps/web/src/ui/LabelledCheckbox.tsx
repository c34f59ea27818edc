import type { InputHTMLAttributes, ReactNode } from 'react';

export interface LabelledCheckboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'onChange' | 'children'
> {
  testId: string;
  /** Called with the box's new state. */
  onChecked: (checked: boolean) => void;
  /** The label's text, after the box. */
  children: ReactNode;
}

/** A checkbox inside its own label, the text after the box: clicking the text toggles it too. */
export function LabelledCheckbox({ testId, onChecked, children, ...input }: LabelledCheckboxProps) {
  return (
    <label>
      <input
        type="checkbox"
        data-testid={testId}
        {...input}
        onChange={(event) => onChecked(event.target.checked)}
      />{' '}
      {children}
    </label>
  );
}
