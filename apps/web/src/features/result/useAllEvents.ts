import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { LabEvent } from '@cors-playground/protocol';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';

/**
 * Every server event this tab knows of, oldest first: the live stream keeps only the latest ones, the
 * history keeps each send's own.
 */
export function useAllEvents(): LabEvent[] {
  const sandbox = useSandbox();
  const live = useQuery(controlQueries.events(sandbox)).data;
  const records = usePlaygroundStore((s) => s.historyRecords);
  return useMemo(() => {
    const byId = new Map<number, LabEvent>();
    for (const record of records) for (const event of record.events) byId.set(event.id, event);
    for (const event of live ?? []) byId.set(event.id, event);
    return [...byId.values()].sort((a, b) => a.id - b.id);
  }, [live, records]);
}
