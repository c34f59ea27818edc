import { describe, expect, it } from 'vitest';
import { workshopRoomOverview } from './workshopRoomOverview.ts';
import type { WorkshopState } from './workshopState.ts';

describe('workshopRoomOverview', () => {
  it('shows participants without their credential hash or policy, and a failing save', () => {
    const participant = {
      id: 'p1',
      name: 'Ada',
      credentialHash: 'hash',
      joinedAt: 1,
      lastSeenAt: 2,
      progress: {},
      policy: { origin: { mode: 'any' } },
    };
    const state: WorkshopState = { version: 1, startedAt: 0, participants: [participant], messages: [] };
    const overview = workshopRoomOverview(state, 'disk full');
    expect(overview).toEqual({
      startedAt: 0,
      endedAt: undefined,
      participants: [{ id: 'p1', name: 'Ada', joinedAt: 1, lastSeenAt: 2, progress: {} }],
      saveError: 'disk full',
    });
    expect(workshopRoomOverview(state, undefined)).not.toHaveProperty('saveError');
  });
});
