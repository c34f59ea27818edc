import { request as httpRequest } from 'node:http';
import { stageTokenPath, type ChallengeStatus, type PlaygroundConfig } from '@cors-playground/protocol';

/** Test helper: an answer as the stage sent it. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request to a stage host name, sent to loopback (the test's resolver may not know `*.localhost`),
 * from `localAddress` when given (another loopback address plays another machine).
 */
export function stageAsk(
  origin: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {},
): Promise<Answer> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: url.port,
        path,
        method: init.method ?? 'GET',
        headers: { host: url.host, ...init.headers },
        localAddress: init.localAddress,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/**
 * Starts `challengeId` in `sandbox` through the control plane (with `headers`, e.g. a participant's
 * cookie) and returns the run's stage path, `/s/<stage token>`.
 */
export async function stageStart(
  config: PlaygroundConfig,
  sandbox: string,
  challengeId: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const response = await fetch(`${config.appOrigin}/control/sandboxes/${sandbox}/challenge`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ challengeId }),
  });
  if (response.status !== 200) throw new Error(`Start answered ${response.status}`);
  return stageTokenPath(((await response.json()) as ChallengeStatus).stageToken);
}
