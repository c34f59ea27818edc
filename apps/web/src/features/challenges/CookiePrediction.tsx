import {
  challengeSeatIsNull,
  cookieSendPredict,
  cookieStoreAccept,
  type BrowserName,
  type ChallengeSeat,
  type CookieSetting,
  type VictimSession,
} from '@cors-playground/engine';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import { browserLabel, browserOrder } from '../send/browserLabel.ts';
import { challengeStagePath } from './challengeSeat.ts';

const sessionCookies: Record<Exclude<VictimSession, 'bearer'>, CookieSetting> = {
  'cookie-lax': {
    name: 'victim_session',
    sameSite: 'Lax',
    secure: false,
    httpOnly: true,
    partitioned: false,
  },
  'cookie-strict': {
    name: 'victim_session',
    sameSite: 'Strict',
    secure: false,
    httpOnly: true,
    partitioned: false,
  },
  'cookie-none': {
    name: 'victim_session',
    sameSite: 'None',
    secure: true,
    httpOnly: true,
    partitioned: false,
  },
};

interface CookiePredictionProps {
  stage: PlaygroundConfig['stage'];
  session: VictimSession;
  seat: ChallengeSeat;
  /** The run's stage token: the session cookie's path holds it. */
  stageToken: string;
}

/** The engine's prediction, per browser, of whether the victim's session travels with the attack. */
export function CookiePrediction({ stage, session, seat, stageToken }: CookiePredictionProps) {
  const api = `${stage.victimApi}${challengeStagePath(stageToken)}`;
  const attacker = stage.attackers[challengeSeatIsNull(seat) ? 'crossSite' : seat] ?? '';
  const line = (browser: BrowserName) => {
    if (session === 'bearer')
      return 'No cookie: the session is a bearer token, which only the app itself attaches.';
    const stored = cookieStoreAccept(
      { ...sessionCookies[session], path: `${challengeStagePath(stageToken)}/` },
      `${api}/login`,
      browser,
    );
    if (!stored.stored) return stored.reason;
    return cookieSendPredict([stored.entry], {
      browser,
      pageOrigin: challengeSeatIsNull(seat) ? 'null' : attacker,
      topLevelUrl: `${attacker}/`,
      url: `${api}/api-key`,
      credentials: 'include',
    }).summary;
  };
  return (
    <section className="panel" aria-labelledby="cookie-prediction-title">
      <h3 id="cookie-prediction-title">Does the session cookie travel with the attack?</h3>
      <dl aria-label="Cookie prediction">
        {browserOrder.map((browser) => (
          <div key={browser} data-browser={browser}>
            <dt>{browserLabel[browser]}</dt>
            <dd>{line(browser)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        Predicted from the measured rules (docs/cookies.md); the collect log shows what really happened.
      </p>
    </section>
  );
}
