import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';

/** The Send button: submits the request form, a real fetch from this page to the lab API. */
export function SendBar() {
  const config = useQuery(controlQueries.config()).data;
  const pending = usePlaygroundStore((s) => s.sendPending);
  return (
    <div className="send-bar">
      <button
        type="submit"
        className="primary"
        id="send"
        data-testid="send"
        disabled={!config || pending}
        aria-describedby="send-help"
      >
        {pending ? 'Sending…' : 'Send'}
      </button>
      <span id="send-help" className="visually-hidden">
        A real fetch() from {config?.appOrigin ?? 'this page'}: the browser decides. Enter in any field sends
        too.
      </span>
    </div>
  );
}
