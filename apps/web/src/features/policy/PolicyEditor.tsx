import { lazy, Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { AppOriginToggle } from './AppOriginToggle.tsx';
import { PolicyAudit } from './PolicyAudit.tsx';
import { policyEditorContextPlayground, type PolicyEditorContext } from './policyEditorContext.ts';
import { PolicyForm } from './PolicyForm.tsx';
import { PolicyHistoryList } from './PolicyHistoryList.tsx';
import { PolicyJsonPlaceholder } from './PolicyJsonPlaceholder.tsx';
import { PolicyPresets } from './PolicyPresets.tsx';
import { PolicyPreview } from './PolicyPreview.tsx';
import { PolicyStatus } from './PolicyStatus.tsx';
import { PolicyUndo } from './PolicyUndo.tsx';
import { usePolicyDraft } from './usePolicyDraft.ts';
import { usePolicyApplyStatus } from './usePolicyApplyStatus.ts';
import { usePolicyDraftSync } from './usePolicyDraftSync.ts';
import './policy.css';

/**
 * CodeMirror is the heaviest part of the editor: it loads after the form is already usable, and a
 * placeholder of its size holds its place meanwhile.
 */
const PolicyJsonView = lazy(() => import('./PolicyJsonView.tsx'));

/**
 * The live policy editor: a quick toggle, the form, the synced JSON view, what the API now sends,
 * presets and the audit. Loaded on demand with the engine (see PolicyPanel).
 */
export default function PolicyEditor({ context: given }: { context?: PolicyEditorContext | undefined }) {
  const { text, model, syntaxError, check, edit } = usePolicyDraft();
  usePolicyDraftSync(check);
  const status = usePolicyApplyStatus(check);
  const draftSet = usePlaygroundStore((s) => s.policyDraftSet);
  const config = useQuery(controlQueries.config()).data;
  const context = given ?? (config ? policyEditorContextPlayground(config) : null);
  if (!model || !context) return <p className="panel">Loading the live policy…</p>;
  const disabled = syntaxError !== null;
  return (
    <>
      <section
        className="panel policy-editor"
        aria-labelledby="policy-editor-title"
        data-testid="policy-editor"
      >
        <div className="panel-heading">
          <h2 id="policy-editor-title">Policy</h2>
          <PolicyStatus status={status} />
        </div>
        <PolicyUndo context={context} />
        <AppOriginToggle model={model} edit={edit} disabled={disabled} context={context} />
        {disabled && (
          <p className="field-error" role="status">
            The JSON has a syntax error; the form follows again once it parses.
          </p>
        )}
        <details className="policy-form-details" open>
          <summary>Every field</summary>
          <PolicyForm model={model} errors={status.errors} edit={edit} disabled={disabled} />
        </details>
        <details className="policy-json-details" open>
          <summary>JSON</summary>
          <Suspense fallback={<PolicyJsonPlaceholder text={text} />}>
            <PolicyJsonView text={text} onText={draftSet} />
          </Suspense>
        </details>
        <PolicyHistoryList />
      </section>
      <PolicyPreview context={context} />
      <PolicyAudit />
      <PolicyPresets context={context} />
    </>
  );
}
