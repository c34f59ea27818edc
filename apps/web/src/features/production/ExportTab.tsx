import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ExportTarget } from '@cors-playground/production';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { exportPolicyPrepare } from './exportPolicyPrepare.ts';
import { ExportResult } from './ExportResult.tsx';
import { ExportTargetPicker } from './ExportTargetPicker.tsx';

export interface ExportTabProps {
  target: ExportTarget;
  onTarget: (target: ExportTarget) => void;
}

/** The live policy as ready-to-paste configuration for a real framework; follows every policy change. */
export function ExportTab({ target, onTarget }: ExportTabProps) {
  const sandbox = useSandbox();
  const policy = useQuery(controlQueries.policy(sandbox));
  const config = useQuery(controlQueries.config()).data;
  const [originsText, setOriginsText] = useState('');
  const origins = useMemo(() => exportOriginsParse(originsText), [originsText]);
  const exported = useMemo(
    () =>
      policy.data && config
        ? exportPolicyPrepare(policy.data, { appOrigin: config.appOrigin, origins: origins.valid })
        : null,
    [policy.data, config, origins.valid],
  );
  return (
    <div className="export-tab">
      <p className="help">
        The live policy of this sandbox, as configuration for your own server. Where the framework cannot say
        exactly the same thing, the differences are listed above the code.
      </p>
      <ExportTargetPicker id="export-target" target={target} onTarget={onTarget} testId="export-target" />
      <div className="request-field">
        <label htmlFor="export-origins">Your production origins</label>
        <input
          id="export-origins"
          data-testid="export-origins"
          value={originsText}
          placeholder="https://app.example.com https://www.example.com"
          spellCheck={false}
          aria-describedby="export-origins-help"
          onChange={(event) => setOriginsText(event.target.value)}
        />
        <p id="export-origins-help" className={origins.invalid.length > 0 ? 'field-error' : 'help'}>
          {origins.invalid.length > 0
            ? `Not an origin (scheme://host[:port], nothing after): ${origins.invalid.join(', ')}`
            : `Replace ${config?.appOrigin ?? 'this playground'} in the exported code; separate several with spaces.`}
        </p>
      </div>
      {exported ? (
        <ExportResult policy={exported} target={target} testId="export" />
      ) : policy.isError ? (
        <p role="alert" className="field-error">
          Could not load the live policy: {policy.error.message}
        </p>
      ) : (
        <p aria-busy="true">Loading the live policy…</p>
      )}
    </div>
  );
}

/** Space- or comma-separated origins, split into the valid ones and the rest. */
function exportOriginsParse(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const word of text.split(/[\s,]+/).filter(Boolean)) {
    let origin: string | null;
    try {
      origin = new URL(word).origin;
    } catch {
      origin = null;
    }
    if (origin !== null && origin !== 'null' && origin === word.replace(/\/$/, '')) valid.push(origin);
    else invalid.push(word);
  }
  return { valid, invalid };
}
