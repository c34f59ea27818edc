import { useCallback, useEffect, useState } from 'react';
import type { PolicyInput } from '@cors-playground/engine';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { permalinkPresent } from './permalinkEncode.ts';

export type PermalinkRestore =
  | { state: 'none' }
  /** The request is in the builder; the link carried no policy. */
  | { state: 'restored' }
  /** The request is in the builder; the link's policy waits for the user's Apply or Discard. */
  | { state: 'shared'; policy: PolicyInput }
  | { state: 'applied' }
  | { state: 'discarded' }
  | { state: 'invalid'; error: string };

export interface PermalinkRestoreView {
  restore: PermalinkRestore;
  /** Ends the confirmation of a shared policy, once the user applied or discarded it. */
  settle: (outcome: 'applied' | 'discarded') => void;
}

/**
 * Opening a permalink restores its request into the builder (that changes nothing on the server) and
 * holds its policy as a draft: any website can link or redirect here with a hostile policy, so only the
 * user's click on Apply may change the live API. The hash is then removed, so reloading the page does
 * not bring the link back.
 */
export function usePermalinkRestore(): PermalinkRestoreView {
  const requestPatch = usePlaygroundStore((s) => s.requestPatch);
  const [restore, setRestore] = useState<PermalinkRestore>({ state: 'none' });
  useEffect(() => {
    const restoreFromHash = async () => {
      const hash = window.location.hash;
      if (!permalinkPresent(hash)) return;
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      const { permalinkDecode } = await import('./permalinkCodec.ts');
      const decoded = permalinkDecode(hash);
      if (decoded === null) return;
      if (!decoded.ok) {
        setRestore({ state: 'invalid', error: decoded.error });
        return;
      }
      requestPatch(decoded.link.request);
      setRestore(
        decoded.link.policy ? { state: 'shared', policy: decoded.link.policy } : { state: 'restored' },
      );
    };
    const onHash = () => void restoreFromHash();
    onHash();
    // A link pasted into this same tab only changes the hash: no reload, so listen for it.
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [requestPatch]);
  const settle = useCallback((outcome: 'applied' | 'discarded') => setRestore({ state: outcome }), []);
  return { restore, settle };
}
