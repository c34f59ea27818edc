import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { workshopRoomSchema } from '@cors-playground/protocol/pages';
import { workshopQueries } from './workshopApi.ts';

/**
 * Keeps the instructor's room live by push: every snapshot the server sends on the room stream goes
 * into the React Query cache (EventSource reconnects by itself, and the first snapshot after a
 * reconnect is the whole room). Answers whether the stream is connected now.
 */
export function useWorkshopRoomStream(enabled: boolean): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/control/workshop/instructor/room/events');
    source.addEventListener('room', (message) => {
      const parsed = workshopRoomSchema.safeParse(JSON.parse((message as MessageEvent<string>).data));
      if (!parsed.success) return;
      queryClient.setQueryData(workshopQueries.room().queryKey, parsed.data);
      setConnected(true);
    });
    source.addEventListener('error', () => setConnected(false));
    return () => source.close();
  }, [enabled, queryClient]);
  return connected;
}
