import { useState, type InputHTMLAttributes } from 'react';

export interface DraftTextInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange'
> {
  /** The value as the policy holds it, formatted for the input. */
  value: string;
  /** Called with the raw text on every keystroke. */
  onText: (text: string) => void;
  /**
   * How the policy would format `text` (e.g. `GET, POST,` → `GET, POST`): while equal to `value`, the
   * user's own spelling is kept. Default: the text itself.
   */
  normalize?: (text: string) => string;
}

/**
 * A text input that keeps what the user is typing (a trailing comma, a half-written number) while the
 * policy holds its parsed form, and follows the policy when it changes from elsewhere (JSON view, preset).
 */
export function DraftTextInput({ value, onText, normalize = (t) => t, ...rest }: DraftTextInputProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // Adjusting state during render (not in an effect) avoids a frame showing the stale text.
  if (value !== seen) {
    setSeen(value);
    if (normalize(text) !== value) setText(value);
  }
  return (
    <input
      type="text"
      {...rest}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onText(event.target.value);
      }}
    />
  );
}
