import type { SendResult } from '../store/sendSlice.ts';

/** A real cross-origin fetch from the page: the browser, not us, decides what JavaScript may see. */
export async function labSend(url: string, init: RequestInit): Promise<SendResult> {
  const startedAt = Date.now();
  try {
    const response = await fetch(url, init);
    const body = response.type === 'opaque' ? null : await response.text();
    return { startedAt, ok: true, error: null, status: response.status, type: response.type, body };
  } catch (error) {
    return { startedAt, ok: false, error: String(error), status: null, type: null, body: null };
  }
}
