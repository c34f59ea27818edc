import { useState } from 'react';
import { clipboardCopy } from './clipboardCopy.ts';

export interface CopyButtonProps {
  text: string;
  /** What is copied, read after "Copy" by screen readers, e.g. "the Express code". */
  what: string;
  testId: string;
}

type CopyState = { text: string; copied: boolean } | null;

/** Copies `text`; the "Copied" state belongs to the text it copied, so new code shows the button afresh. */
export function CopyButton({ text, what, testId }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>(null);
  const current = state?.text === text ? state : null;
  return (
    <span className="copy-button">
      <button
        type="button"
        data-testid={testId}
        data-copied={current?.copied ? 'true' : 'false'}
        onClick={() => void clipboardCopy(text).then((copied) => setState({ text, copied }))}
      >
        {current?.copied ? 'Copied ✓' : 'Copy'}
        <span className="visually-hidden"> {what}</span>
      </button>
      <span
        role="status"
        data-testid={`${testId}-state`}
        className={current && !current.copied ? 'field-error' : 'muted'}
      >
        {current === null
          ? ''
          : current.copied
            ? 'Copied'
            : 'The browser refused the clipboard: select the code and press Ctrl+C.'}
      </span>
    </span>
  );
}
