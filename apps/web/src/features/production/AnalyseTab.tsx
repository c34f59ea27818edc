import { useDeferredValue, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { BrowserName, RequestCredentials } from '@cors-playground/engine';
import { sandboxLabPath } from '@cors-playground/protocol/paths';
import type { ExportTarget } from '@cors-playground/production';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { browserDetectPage } from '../send/browserDetect.ts';
import { analyseRequestBuild } from './analyseRequest.ts';
import { AnalyseRequestFields } from './AnalyseRequestFields.tsx';
import { curlAnalysisRun } from './curlAnalysis.ts';
import { CurlCommands } from './CurlCommands.tsx';
import { CurlFix } from './CurlFix.tsx';
import { CurlResponses } from './CurlResponses.tsx';
import { CurlSteps } from './CurlSteps.tsx';
import { CurlVerdict } from './CurlVerdict.tsx';

export interface AnalyseTabProps {
  target: ExportTarget;
  onTarget: (target: ExportTarget) => void;
}

const placeholder = `HTTP/1.1 204 No Content
Access-Control-Allow-Origin: https://app.example.com
Access-Control-Allow-Methods: GET, PUT

HTTP/1.1 200 OK
Content-Type: application/json
Access-Control-Allow-Origin: https://app.example.com

{"ok":true}`;

/**
 * Pasted `curl -i` output analysed as a browser would: the verdict, both browsers' messages, the
 * steps, and the fix. Runs on every keystroke: it is a pure simulation, no request leaves the page.
 */
export function AnalyseTab({ target, onTarget }: AnalyseTabProps) {
  const method = usePlaygroundStore((s) => s.requestMethod);
  const headers = usePlaygroundStore((s) => s.requestHeaders);
  const path = usePlaygroundStore((s) => s.requestPath);
  const config = useQuery(controlQueries.config()).data;
  const sandbox = useSandbox();
  const [text, setText] = useState('');
  // null follows the request builder (and the app's own origin) until the user types their own.
  const [urlTyped, setUrl] = useState<string | null>(null);
  const [originTyped, setOrigin] = useState<string | null>(null);
  const [browser, setBrowser] = useState<BrowserName>(browserDetectPage);
  // Its own choice, shown: the playground's request setting would judge the paste silently.
  const [credentials, setCredentials] = useState<RequestCredentials>('same-origin');
  const url = urlTyped ?? (config ? `${config.apiOrigin}${sandboxLabPath(sandbox, path)}` : '');
  const origin = originTyped ?? window.location.origin;
  const deferredText = useDeferredValue(text);
  const input = useMemo(
    () => ({ url, origin, method, headers, credentials }),
    [url, origin, method, headers, credentials],
  );
  const request = useMemo(() => analyseRequestBuild(input), [input]);
  const analysis = useMemo(
    () => (request.ok ? curlAnalysisRun(deferredText, request.request, browser) : null),
    [request, deferredText, browser],
  );
  return (
    <div className="analyse-tab">
      <p className="help">
        Paste what a real server answered (<code>curl -i</code>, one or more responses: the preflight then the
        actual request, or every hop of <code>curl -i -L</code>) to see what a browser makes of it. Nothing is
        sent anywhere.
      </p>
      <AnalyseRequestFields
        input={input}
        browser={browser}
        errors={request.ok ? [] : request.errors}
        on={{ url: setUrl, origin: setOrigin, browser: setBrowser, credentials: setCredentials }}
      />
      {request.ok && <CurlCommands request={request.request} browser={browser} />}
      <label htmlFor="curl-input">curl -i output</label>
      <textarea
        id="curl-input"
        data-testid="curl-input"
        className="curl-input"
        rows={10}
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        aria-describedby={analysis?.state === 'error' ? 'curl-error' : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {analysis?.state === 'error' && (
        <p id="curl-error" role="alert" className="field-error" data-testid="curl-error">
          {analysis.error}
        </p>
      )}
      {analysis?.state === 'done' && (
        <div className="curl-report" data-testid="curl-report">
          <CurlVerdict trace={analysis.trace} />
          <CurlResponses assignments={analysis.assignments} notes={analysis.notes} />
          <CurlSteps trace={analysis.trace} />
          {analysis.trace.outcome === 'blocked' && (
            <CurlFix trace={analysis.trace} target={target} onTarget={onTarget} />
          )}
        </div>
      )}
    </div>
  );
}
