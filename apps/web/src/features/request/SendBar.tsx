import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { useSend } from '../send/useSend.ts';

/** The Send button: a real fetch from this page to the lab API. */
export function SendBar() {
  const config = useQuery(controlQueries.config()).data;
  const pending = usePlaygroundStore((s) => s.sendPending);
  const send = useSend();
  return (
    <div className="send-bar">
      <button
        type="button"
        className="primary"
        data-testid="send"
        onClick={() => void send()}
        disabled={!config || pending}
      >
        {pending ? 'Sending…' : 'Send'}
      </button>
      <span className="help">
        A real fetch() from {config?.appOrigin ?? 'this page'}: the browser decides.
      </span>
    </div>
  );
}
