import type { LabEvent } from '@cors-playground/protocol';

/** A lab event from the app origin to the API's `/private`, with `patch` on top (tests only). */
export function labEventMake(patch: Partial<LabEvent> = {}): LabEvent {
  return {
    id: 1,
    sandbox: 'default',
    time: 0,
    kind: 'actual',
    method: 'GET',
    url: 'http://localhost:4000/private',
    origin: 'http://localhost:5173',
    requestHeaders: [],
    status: 200,
    responseHeaders: [],
    notes: [],
    ...patch,
  };
}
