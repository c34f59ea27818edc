import { labSendClosedSchema, sandboxControlBase } from '@cors-playground/protocol';
import { controlJson } from './controlApi.ts';

function controlSendPut(sandbox: string, token: string, open: boolean): Promise<Response> {
  return fetch(`${sandboxControlBase(sandbox)}/sends/${encodeURIComponent(token)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ open }),
  });
}

/** Opens a Send in `sandbox`: the lab API stamps what it receives with `token` until it is closed. */
export async function controlSendOpen(sandbox: string, token: string): Promise<void> {
  const response = await controlSendPut(sandbox, token, true);
  if (!response.ok) throw new Error(`Control plane answered ${response.status}: ${await response.text()}`);
}

/** Closes a Send: how many requests the lab API recorded for it. */
export async function controlSendClose(sandbox: string, token: string): Promise<number> {
  return labSendClosedSchema.parse(await controlJson(await controlSendPut(sandbox, token, false))).events;
}
