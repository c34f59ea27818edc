import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox, useSandboxInLinks } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { requestDraftOf } from '../../store/requestSlice.ts';
import { permalinkUrl } from './permalinkEncode.ts';
import './permalink.css';

/**
 * Copy a link holding the live policy and the request; opening it restores the request and offers the
 * policy for confirmation (see PermalinkRestore). In a workshop the link names no sandbox: whoever opens
 * it works in their own.
 */
export function PermalinkBar() {
  const sandbox = useSandbox();
  const linked = useSandboxInLinks();
  const policy = useQuery(controlQueries.policy(sandbox)).data;
  const draft = usePlaygroundStore(useShallow(requestDraftOf));
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<'copied' | 'select' | null>(null);
  const copy = async () => {
    const url = permalinkUrl(window.location.href, linked, { policy: policy ?? null, request: draft });
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      // Clipboard access needs permission in some browsers: the link is shown to copy by hand.
      setCopied('select');
    }
  };
  return (
    <div className="permalink-bar" data-testid="permalink-bar">
      <button type="button" data-testid="permalink-copy" onClick={() => void copy()} disabled={!policy}>
        Copy link
      </button>
      {link && (
        <>
          <label htmlFor="permalink-url" className="visually-hidden">
            Link to this policy and request
          </label>
          <input
            id="permalink-url"
            data-testid="permalink-url"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
          />
          <span role="status">{copied === 'copied' ? 'Copied.' : 'Select and copy the link.'}</span>
        </>
      )}
    </div>
  );
}
