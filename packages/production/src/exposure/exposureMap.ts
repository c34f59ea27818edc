import type { BrowserName, Policy } from '@cors-playground/engine';
import { exposureRequests, type ExposureRequest, type ExposureRequestKind } from './exposureRequest.ts';
import { exposureSeats, type ExposureSeat, type ExposureSeatsOptions } from './exposureSeat.ts';
import {
  exposureAccessRank,
  exposureSessionJar,
  exposureVerdict,
  type ExposureAccess,
  type ExposureVerdict,
} from './exposureVerdict.ts';

/** One cell: the most exposing browser's access, and each browser's own answer. */
export interface ExposureCell {
  request: ExposureRequestKind;
  /** The worst case over the browsers that can send the seat's origin; `blocked` when none can. */
  access: ExposureAccess;
  /** Whether the browsers disagree (then each verdict matters). */
  split: boolean;
  verdicts: ExposureVerdict[];
}

export interface ExposureRow {
  seat: ExposureSeat;
  cells: ExposureCell[];
}

/** Who can do what against the API with one policy: seats by request kinds. */
export interface ExposureMap {
  apiOrigin: string;
  requests: readonly ExposureRequest[];
  rows: ExposureRow[];
}

export interface ExposureMapOptions extends ExposureSeatsOptions {
  /** Browsers to simulate. Default: `['chromium', 'firefox', 'webkit']`. */
  browsers?: readonly BrowserName[];
}

/**
 * The exposure map of `policy`: for every seat (the app, a sibling, another site, each granted
 * attacker origin, `null`, the http downgrade, third parties) and every request kind, what a script
 * there achieves — computed by the engine's browser simulator against the lab API as it runs, with
 * the cookies a logged-in user's browser really sends from that page.
 */
export function exposureMap(policy: Policy, options: ExposureMapOptions): ExposureMap {
  const browsers = options.browsers ?? ['chromium', 'firefox', 'webkit'];
  const jars = new Map(browsers.map((b) => [b, exposureSessionJar(policy, options.apiOrigin, b)]));
  const rows = exposureSeats(options).map((seat) => ({
    seat,
    cells: exposureRequests.map((request): ExposureCell => {
      const verdicts = browsers
        .filter((browser) => seat.browsers.includes(browser))
        .map((browser) =>
          exposureVerdict(policy, seat.origin, request, {
            apiOrigin: options.apiOrigin,
            browser,
            jar: jars.get(browser) ?? [],
          }),
        );
      const access = verdicts.reduce<ExposureAccess>(
        (worst, v) => (exposureAccessRank[v.access] < exposureAccessRank[worst] ? v.access : worst),
        'blocked',
      );
      const split = new Set(verdicts.map((v) => `${v.access} ${v.cookie}`)).size > 1;
      return { request: request.kind, access, split, verdicts };
    }),
  }));
  return { apiOrigin: options.apiOrigin, requests: exposureRequests, rows };
}
