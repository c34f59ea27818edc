import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { SandboxProvider } from '../../api/SandboxProvider.tsx';
import { WorkshopApiError, workshopQueries } from '../../api/workshopApi.ts';
import { WorkshopJoin } from './WorkshopJoin.tsx';
import { WorkshopMessages } from './WorkshopMessages.tsx';

/**
 * In a workshop, the playground works in the participant's own sandbox, which the server names from
 * their credential (never from the page URL, which anyone could edit), and links name no sandbox.
 * Not joined yet: the join form.
 */
export default function WorkshopGate({ children }: { children: ReactNode }) {
  const me = useQuery(workshopQueries.me());
  if (me.isPending) return <p className="panel">Finding your place in the workshop…</p>;
  // Joined once: a failed poll (the server restarting) keeps the participant where they are.
  if (me.isError && me.data === undefined) {
    if (me.error instanceof WorkshopApiError && me.error.status === 401) return <WorkshopJoin />;
    return (
      <p role="alert" className="panel error">
        The workshop server did not answer: {me.error.message}
      </p>
    );
  }
  if (me.data === undefined) return null;
  return (
    <SandboxProvider sandbox={me.data.sandbox} inLinks={false}>
      <WorkshopMessages me={me.data} />
      {children}
    </SandboxProvider>
  );
}
