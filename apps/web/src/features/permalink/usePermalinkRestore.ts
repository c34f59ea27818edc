import { useEffect, useState } from 'react';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { usePolicyApply } from '../policy/usePolicyApply.ts';
import { permalinkPresent } from './permalinkEncode.ts';

export type PermalinkRestore =
  { state: 'none' } | { state: 'restored' } | { state: 'invalid'; error: string };

/**
 * Opening a permalink restores its request into the builder and applies its policy to this sandbox's
 * live API. The hash is then removed, so reloading the page does not undo later edits.
 */
export function usePermalinkRestore(): PermalinkRestore {
  const { apply } = usePolicyApply();
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
      if (decoded.link.policy) apply(decoded.link.policy);
      setRestore({ state: 'restored' });
    };
    const onHash = () => void restoreFromHash();
    onHash();
    // A link pasted into this same tab only changes the hash: no reload, so listen for it.
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [apply, requestPatch]);
  return restore;
}
