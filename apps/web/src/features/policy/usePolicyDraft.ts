import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { policyDefault, type Policy } from '@cors-playground/engine';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import {
  policyDraftFormat,
  policyDraftParse,
  policyDraftSet,
  type PolicyDraftError,
  type PolicyPathSegment,
} from './policyDraft.ts';
import { policyDraftCheck, type PolicyDraftCheck } from './policyDraftCheck.ts';
import { policyFormModel } from './policyFormModel.ts';

/** Writes `value` at a field path of the draft (`undefined` removes the field). */
export type PolicyEdit = (path: PolicyPathSegment[], value: unknown) => void;

export interface PolicyDraftView {
  /** The JSON text the editor shows: the draft, or the live policy when there is none. */
  text: string;
  /** What the form shows; null until the live policy has loaded. */
  model: Policy | null;
  /** Set when the text is not JSON at all: the form cannot follow it, only the JSON view can. */
  syntaxError: PolicyDraftError | null;
  /** The draft validated against the live policy (see `policyDraftCheck`). */
  check: PolicyDraftCheck;
  edit: PolicyEdit;
}

const fallbackPolicy = policyDefault();

/** The editor's view of the policy: the draft when there is one, else the live policy. */
export function usePolicyDraft(): PolicyDraftView {
  const sandbox = useSandbox();
  const live = useQuery(controlQueries.policy(sandbox)).data;
  const draftText = usePlaygroundStore((s) => s.policyDraftText);
  const draftSet = usePlaygroundStore((s) => s.policyDraftSet);

  const view = useMemo(() => {
    if (draftText === null) {
      return {
        text: live ? policyDraftFormat(live) : '',
        raw: live as unknown,
        model: live ?? null,
        syntaxError: null,
        check: policyDraftCheck(null, live),
      };
    }
    const parsed = policyDraftParse(draftText);
    const check = policyDraftCheck(parsed, live);
    if (!parsed.ok)
      return { text: draftText, raw: undefined, model: live ?? null, syntaxError: parsed.error, check };
    return {
      text: draftText,
      raw: parsed.value,
      model: policyFormModel(parsed.value, live ?? fallbackPolicy),
      syntaxError: null,
      check,
    };
  }, [draftText, live]);

  const { raw, syntaxError } = view;
  const edit = useCallback<PolicyEdit>(
    (path, value) => {
      // The form is read-only while the text is not JSON, so there is always a document to edit here.
      if (syntaxError) return;
      draftSet(policyDraftFormat(policyDraftSet(raw, path, value)));
    },
    [raw, syntaxError, draftSet],
  );
  return { text: view.text, model: view.model, syntaxError, check: view.check, edit };
}
