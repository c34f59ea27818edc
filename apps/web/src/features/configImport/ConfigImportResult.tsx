import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { policyAudit } from '@cors-playground/production';
import type { PolicyImport } from '@cors-playground/production/import';
import { appPaths } from '@cors-playground/protocol/paths';
import { useSandbox, useSandboxInLinks } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { requestDraftOf } from '../../store/requestSlice.ts';
import { ExposureMapTable } from '../exposure/ExposureMapTable.tsx';
import { useExposureMap } from '../exposure/useExposureMap.ts';
import { permalinkUrl } from '../permalink/permalinkEncode.ts';
import { AuditFindingList } from '../policy/AuditFindingList.tsx';

/**
 * An import's outcome: the refused lines (then nothing else, since the policy would be a guess), or
 * the policy with its notes, audit and exposure map, and a link that opens it in the playground's
 * "Apply this shared policy?" confirmation.
 */
export function ConfigImportResult({ result }: { result: PolicyImport }) {
  const sandbox = useSandbox();
  const linked = useSandboxInLinks();
  const draft = usePlaygroundStore(useShallow(requestDraftOf));
  const policy = result.policy;
  const findings = useMemo(() => (policy ? policyAudit(policy) : []), [policy]);
  const { map, config } = useExposureMap(policy);
  const notes =
    result.notes.length > 0 ? (
      <>
        <h3>What your framework does that the playground cannot say</h3>
        <ul className="config-import-notes" aria-label="Notes">
          {result.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </>
    ) : null;
  if (!policy) {
    return (
      <div className="config-import-result">
        <div role="alert">
          <h3>Not imported: these lines cannot be read faithfully</h3>
          <ul className="config-import-errors" aria-label="Import errors">
            {result.errors.map((e) => (
              <li key={`${e.line}-${e.message}`}>
                <strong>Line {e.line}</strong>: <code>{e.text}</code> — {e.message}
              </li>
            ))}
          </ul>
        </div>
        {notes}
      </div>
    );
  }
  const playground = permalinkUrl(new URL(appPaths.playground, window.location.href).href, linked, {
    policy,
    request: draft,
  });
  return (
    <div className="config-import-result">
      <p role="status">Imported: this is the policy your server enforces.</p>
      <a className="config-import-open" href={playground}>
        Open in the playground
      </a>
      <p className="help">The playground asks before it applies the policy to the lab API.</p>
      {notes}
      <h3>Imported policy</h3>
      {/* Focusable: a scrolled region must be reachable from the keyboard. */}
      <pre aria-label="Imported policy" className="config-import-policy" tabIndex={0}>
        {JSON.stringify(policy, null, 2)}
      </pre>
      <h3>Audit</h3>
      {findings.length === 0 ? (
        <p>The audit finds nothing wrong with it.</p>
      ) : (
        <AuditFindingList findings={findings} testId="import-audit-finding" />
      )}
      {map && config && (
        <>
          <h3>Exposure map</h3>
          <ExposureMapTable
            map={map}
            config={config}
            sandbox={sandbox}
            caption={`Who can do what against your API with the imported ${result.source} policy`}
            sendable={false}
          />
        </>
      )}
    </div>
  );
}
