import { useMemo } from 'react';
import {
  serverFromScript,
  simulateFetchSync,
  type BrowserName,
  type FetchRequest,
} from '@cors-playground/engine';
import { curlCommandsFor } from './curlCommand.ts';
import { CopyButton } from './CopyButton.tsx';

/** "Then the actual request" → "actual request": the label as a noun after "the". */
function curlCommandNoun(label: string): string {
  return label.replace(/^(then )?the /i, '').toLowerCase();
}

/** The curl commands whose output belongs in the box: what the browser itself would send. */
export function CurlCommands({ request, browser }: { request: FetchRequest; browser: BrowserName }) {
  // Only the requests matter here, not the answers: a server with no script is enough.
  const commands = useMemo(
    () => curlCommandsFor(simulateFetchSync(request, serverFromScript({}), { browser })),
    [request, browser],
  );
  return (
    <details className="curl-commands" data-testid="curl-commands">
      <summary>What to paste: the curl commands that send what the browser sends</summary>
      {commands.map((c, i) => (
        <div key={c.label} className="curl-command">
          <p>
            {c.label}{' '}
            <CopyButton
              text={c.command}
              what={`the ${curlCommandNoun(c.label)} curl command`}
              testId={`curl-command-copy-${i}`}
            />
          </p>
          <pre data-testid="curl-command">{c.command}</pre>
        </div>
      ))}
    </details>
  );
}
