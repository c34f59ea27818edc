import { QuickSend } from '../../components/QuickSend.tsx';
import { ServerEvents } from '../../components/ServerEvents.tsx';

/** The request builder, Send, and the results (issue 4 points 2-5). */
export function RequestPanel() {
  return (
    <>
      <QuickSend />
      <ServerEvents />
    </>
  );
}
