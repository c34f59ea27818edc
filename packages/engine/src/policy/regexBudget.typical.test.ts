import { describe, expect, it } from 'vitest';
import { policyParse } from './policyParse.ts';
import { regexBudgetUnits } from './regexBudget.ts';
import { regexLimits } from './regexLimits.ts';

// The configurations real servers carry (Nelmio `paths`, django `CORS_URLS_REGEX`, Express regex
// origin lists) must keep validating: 30 path rules and 50 origin regexes, every anchor, either case.
const names = ['users', 'orders', 'invoices', 'products', 'carts', 'search'];
const typicalPaths = [
  '^/public/',
  '^/admin(/|$)',
  '/static/.*\\.(js|css)$',
  '^/assets/[a-z0-9._-]+\\.(png|jpe?g|svg|woff2?)$',
  '^/graphql$',
  '^/health(z)?$',
  ...names.flatMap((name) => [
    `^/api/v\\d+/${name}`,
    `^/api/v[12]/${name}/[0-9]+$`,
    `^/api/${name}/?$`,
    `^/v\\d+/${name}(/.*)?$`,
  ]),
];
const domains = ['example.com', 'example.org', 'acme.io', 'shop.example.net', 'contoso.dev'];
const typicalOrigins = [
  '^https?://localhost(:[0-9]+)?$',
  '^https?://127\\.0\\.0\\.1(:\\d+)?$',
  ...domains.flatMap((domain) => {
    const d = domain.replaceAll('.', '\\.');
    return [
      `^https://([a-z0-9-]+\\.)?${d}$`,
      `\\.${d}$`,
      `^https://${d}$`,
      `^https://[a-z0-9-]+\\.${d}$`,
      `^https://(www|app|admin)\\.${d}$`,
      `https://.*\\.${d}`,
      `^https://[\\w-]+\\.${d}(:\\d+)?$`,
      `^https://${d.split('\\.')[0]}-[a-z0-9]+-team\\.vercel\\.app$`,
      `^https://deploy-preview-\\d+--${d.split('\\.')[0]}\\.netlify\\.app$`,
      `^https?://([a-z0-9-]+\\.)*${d}(:[0-9]{2,5})?$`,
    ];
  }),
];

describe('typical policies fit the regex budgets', () => {
  it('has 30 path rules and 50 origin regexes to try', () => {
    expect(typicalPaths.length).toBeGreaterThanOrEqual(30);
    expect(typicalOrigins.length).toBeGreaterThanOrEqual(50);
  });

  it.each(['none', 'start', 'both'] as const)(
    'accepts them all together, origin regexes anchored %s, in either case',
    (anchor) => {
      for (const ignoreCase of [false, true]) {
        const allow = typicalOrigins.map((regex) => ({ regex, anchor, ignoreCase }));
        const parsed = policyParse({
          origin: { mode: 'list', allow },
          paths: typicalPaths.map((path) => ({ path, override: { origin: { mode: 'list', allow } } })),
        });
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      }
    },
  );

  it('uses a small share of each budget (printed for the record)', () => {
    const units = (sources: string[], inputMax: number, ignoreCase: boolean) =>
      sources.reduce((sum, source) => sum + regexBudgetUnits({}, source, ignoreCase, 'none', inputMax), 0);
    const paths = units(typicalPaths, regexLimits.pathInputMax, false);
    const origins = units(typicalOrigins, regexLimits.originInputMax, true);
    (globalThis as unknown as { console: { log(line: string): void } }).console.log(
      `typical: ${typicalPaths.length} path rules cost ${paths} of ${regexLimits.pathsCostMax} units; ${typicalOrigins.length} origin regexes cost ${origins} of ${regexLimits.originListCostMax}`,
    );
    expect(paths).toBeLessThan(regexLimits.pathsCostMax / 4);
    expect(origins).toBeLessThan(regexLimits.originListCostMax / 4);
  });
});
