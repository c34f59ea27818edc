import type { HeaderList } from '@cors-playground/engine';
import type { Scenario } from '../scenarioTypes.ts';
import { origins } from './origins.ts';

const { page, api } = origins;
const url = `${api}/list`;
const acao: [string, string] = ['access-control-allow-origin', page];

/**
 * One way of writing a list header with one odd element. `needed` is the element the fetch depends on
 * (a header to expose, the method or request header to allow), `other` a second valid one; `lines` are
 * the header's lines as sent, byte for byte.
 */
interface ListVariant {
  id: string;
  note: string;
  lines(needed: string, other: string): string[];
}

const listVariants: ListVariant[] = [
  { id: 'not-token', note: 'one element is not a token (`b@d`)', lines: (n) => [`${n}, b@d`] },
  { id: 'junk-after-name', note: 'junk after a name', lines: (n, o) => [`${n}, ${o} junk`] },
  { id: 'quoted', note: 'another element in double quotes', lines: (n, o) => [`${n}, "${o}"`] },
  { id: 'quoted-needed', note: 'the needed element in double quotes', lines: (n, o) => [`"${n}", ${o}`] },
  { id: 'vt-inside', note: 'a vertical tab inside another element', lines: (n) => [`${n}, x\vbar`] },
  {
    id: 'vt-before-needed',
    note: 'a vertical tab before the needed element',
    lines: (n, o) => [`\v${n}, ${o}`],
  },
  { id: 'ff-inside', note: 'a form feed inside another element', lines: (n) => [`${n}, x\fbar`] },
  {
    id: 'ff-before-needed',
    note: 'a form feed before the needed element',
    lines: (n, o) => [`\f${n}, ${o}`],
  },
  { id: 'tab-inside', note: 'a tab inside another element', lines: (n) => [`${n}, x\tbar`] },
  { id: 'obs-text', note: 'a byte above 0x7F (é) in another element', lines: (n) => [`${n}, x\u00e9bar`] },
  { id: 'nul-inside', note: 'a NUL byte inside another element', lines: (n) => [`${n}, x\0bar`] },
  { id: 'two-lines', note: 'two header lines, both valid', lines: (n, o) => [o, n] },
  { id: 'two-lines-bad-second', note: 'two header lines, the second not a token', lines: (n) => [n, 'b@d'] },
  { id: 'empty-line', note: 'an empty header line before the one with the element', lines: (n) => ['', n] },
];

function listScenario(header: 'expose' | 'methods' | 'headers', variant: ListVariant): Scenario {
  const id = `list-${header}-${variant.id}`;
  if (header === 'expose') {
    const lines: HeaderList = variant
      .lines('x-foo', 'x-bar')
      .map((v) => ['access-control-expose-headers', v]);
    return {
      id,
      note: `Access-Control-Expose-Headers with ${variant.note}: which headers can JavaScript read?`,
      request: { pageOrigin: page, url },
      responses: {
        [`GET ${url}`]: { status: 200, headers: [acao, ...lines, ['x-foo', 'foo'], ['x-bar', 'bar']] },
      },
    };
  }
  if (header === 'methods') {
    const lines: HeaderList = variant.lines('PUT', 'DELETE').map((v) => ['access-control-allow-methods', v]);
    return {
      id,
      note: `Access-Control-Allow-Methods with ${variant.note}: is PUT allowed?`,
      request: { pageOrigin: page, url, method: 'PUT', body: 'x' },
      responses: {
        [`OPTIONS ${url}`]: { status: 204, headers: [acao, ...lines] },
        [`PUT ${url}`]: { status: 200, headers: [acao] },
      },
    };
  }
  const lines: HeaderList = variant.lines('x-foo', 'x-bar').map((v) => ['access-control-allow-headers', v]);
  return {
    id,
    note: `Access-Control-Allow-Headers with ${variant.note}: is X-Foo allowed?`,
    request: { pageOrigin: page, url, headers: [['X-Foo', '1']] },
    responses: {
      [`OPTIONS ${url}`]: { status: 204, headers: [acao, ...lines] },
      [`GET ${url}`]: { status: 200, headers: [acao] },
    },
  };
}

/**
 * The three list-valued CORS response headers, each written every odd way in `listVariants`: does the
 * browser keep the valid elements, reject the whole header, or fail the response before CORS?
 */
export const listHeaders: Scenario[] = (['expose', 'methods', 'headers'] as const).flatMap((header) =>
  listVariants.map((variant) => listScenario(header, variant)),
);
