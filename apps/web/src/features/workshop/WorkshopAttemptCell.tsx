import type { WorkshopAttemptState } from './workshopAttemptState.ts';

/** Each state's short code and icon (colour comes with the class): never colour alone. */
export const workshopAttemptCodes: Record<
  WorkshopAttemptState | 'none',
  { code: string; icon: string; text: string }
> = {
  none: { code: '', icon: '·', text: 'not started' },
  started: { code: 'S', icon: '○', text: 'started' },
  exploited: { code: 'E', icon: '▲', text: 'exploited' },
  fixed: { code: 'F', icon: '✔', text: 'fixed' },
};

/** One participant's state in one challenge: icon and short code shown, the full words for readers. */
export function WorkshopAttemptCell({
  challenge,
  state,
}: {
  challenge: { id: string; title: string };
  state: WorkshopAttemptState | undefined;
}) {
  const { code, icon, text } = workshopAttemptCodes[state ?? 'none'];
  return (
    <td
      className={`workshop-attempt state-${state ?? 'none'}`}
      data-challenge={challenge.id}
      data-state={state ?? 'none'}
      title={`${challenge.title}: ${text}`}
    >
      <span aria-hidden="true">
        {icon}
        {code}
      </span>
      <span className="visually-hidden">{text}</span>
    </td>
  );
}
