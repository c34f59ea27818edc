import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnosisRemedy } from '@cors-playground/engine';
import {
  djangoServersPackages,
  djangoServersPython,
  djangoServersStart,
  type DjangoServers,
} from '../verified/djangoServers.testkit.ts';
import { diagnosisLiveCheck, diagnosisLiveExchanges, diagnosisLivePage } from './diagnosisLive.testkit.ts';

/**
 * The shapes as Django with the real django-cors-headers produces them: an exception raised in a
 * middleware above CorsMiddleware (rendered as Django's 500 page outside it), and CommonMiddleware's
 * APPEND_SLASH redirect answering a preflight because it sits above CorsMiddleware.
 */
const python = djangoServersPython();
const missing = python
  ? null
  : `no python3 can import django and corsheaders: install the Debian packages ${djangoServersPackages}`;
if (missing) console.warn(`SKIPPED django-cors-headers diagnosis shapes: ${missing}`);

const cors = `CORS_ALLOWED_ORIGINS = ["${diagnosisLivePage}"]
CORS_ALLOW_METHODS = ["GET", "PUT", "DELETE"]
`;

const settings = {
  // The crash middleware raises outside CorsMiddleware: Django's handler turns it into its 500 page.
  crash: `${cors}
class Crash:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "OPTIONS":
            raise RuntimeError("crashed above CorsMiddleware")
        return self.get_response(request)


MIDDLEWARE = ["settings.Crash", "corsheaders.middleware.CorsMiddleware"]
`,
  // The route is declared with its slash; CommonMiddleware above CorsMiddleware redirects /items first.
  slash: `${cors}
from django.http import JsonResponse
from django.urls import path

APPEND_SLASH = True
ROOT_URLCONF = "settings"
urlpatterns = [path("items/", lambda request: JsonResponse({}))]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware", "corsheaders.middleware.CorsMiddleware"]
`,
};

describe.skipIf(missing !== null)(
  `diagnosis on django-cors-headers ${python ? `${python.corsHeaders}, Django ${python.django}` : `(skipped: ${missing})`} (live)`,
  () => {
    let servers: DjangoServers;
    const url = (name: keyof typeof settings, path: string) =>
      `http://127.0.0.1:${servers.ports.get(name)}${path}`;
    beforeAll(async () => {
      servers = await djangoServersStart(python!.python, settings);
    }, 60_000);
    afterAll(() => servers?.close());

    it('an exception above CorsMiddleware: the 500 page lacks CORS headers though the preflight passed', async () => {
      const r = await diagnosisLiveCheck({ url: url('crash', '/orders'), method: 'PUT' }, 'django');
      expect(diagnosisLiveExchanges(r)).toEqual([
        ['preflight', 200],
        ['actual', 500],
      ]);
      const [first] = r.diagnoses;
      expect(first).toMatchObject({ id: 'error-without-cors', party: 'framework' });
      expect(diagnosisRemedy(first!, 'django')).toContain("'corsheaders.middleware.CorsMiddleware' first");
    });

    it.each(['chromium', 'firefox'] as const)(
      'APPEND_SLASH redirects the preflight: call the URL with its slash, in %s',
      async (browser) => {
        const r = await diagnosisLiveCheck({ url: url('slash', '/items'), method: 'DELETE' }, 'django', {
          browser,
        });
        expect(r.trace.exchanges[0]).toMatchObject({ kind: 'preflight', response: { status: 301 } });
        const [first] = r.diagnoses;
        expect(first).toMatchObject({ id: 'preflight-redirect', party: 'page' });
        expect(first?.title).toBe(`Call ${url('slash', '/items/')} directly: the preflight is redirected`);
        expect(diagnosisRemedy(first!, 'django')).toContain('APPEND_SLASH');
      },
    );
  },
);
