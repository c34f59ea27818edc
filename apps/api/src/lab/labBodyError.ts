import type { ServerResponse } from '@cors-playground/engine';

/** What the lab API answers when it cannot read a request body, and the note it logs. */
export interface LabBodyError {
  response: ServerResponse;
  note: string;
}

function labBodyErrorAnswer(status: number, text: string, why: string): LabBodyError {
  return {
    response: {
      status,
      headers: [
        ['content-type', 'text/plain; charset=utf-8'],
        ['cache-control', 'no-store'],
      ],
      body: text,
    },
    note:
      `The lab API could not read the request body (${why}), so no route ran: it answered ${status}. ` +
      'The CORS headers still follow the policy, as they would with cors middleware in front of a body parser.',
  };
}

/**
 * The answer to a body that cannot be read: too large (413), in an unknown encoding or charset (415),
 * or corrupt (400). `error` is what body-parser (or the lab API's own reader) raised, identified by
 * its `type` and `status`; `limitBytes` is the body limit, named in the 413.
 */
export function labBodyError(error: unknown, limitBytes: number): LabBodyError {
  const { type, status, encoding, charset } = (error ?? {}) as Record<string, unknown>;
  if (type === 'entity.too.large') {
    return labBodyErrorAnswer(
      413,
      `Request body too large: the lab API reads at most ${limitBytes.toLocaleString('en-US')} bytes.\n`,
      `larger than ${limitBytes.toLocaleString('en-US')} bytes`,
    );
  }
  if (type === 'encoding.unsupported') {
    const name = typeof encoding === 'string' ? encoding : 'unknown';
    return labBodyErrorAnswer(
      415,
      `Unsupported Content-Encoding "${name}": the lab API reads gzip, deflate, br or none.\n`,
      `Content-Encoding "${name}" is not supported`,
    );
  }
  if (type === 'charset.unsupported') {
    const name = typeof charset === 'string' ? charset : 'unknown';
    return labBodyErrorAnswer(
      415,
      `Unsupported charset "${name}" in Content-Type.\n`,
      `charset "${name}" is not supported`,
    );
  }
  const code = typeof status === 'number' && status >= 400 && status < 500 ? status : 400;
  return labBodyErrorAnswer(
    code,
    'The request body could not be read: it does not match its Content-Encoding or Content-Length.\n',
    'it does not match its Content-Encoding or Content-Length',
  );
}
