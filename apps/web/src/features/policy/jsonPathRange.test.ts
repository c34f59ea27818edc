import { describe, expect, it } from 'vitest';
import { jsonLanguage } from '@codemirror/lang-json';
import { jsonPathRange } from './jsonPathRange.ts';
import { policyPathSegments } from './policyDraft.ts';

function marked(text: string, path: string): string {
  const range = jsonPathRange(jsonLanguage.parser.parse(text), text, policyPathSegments(path));
  return text.slice(range.from, range.to);
}

const doc = JSON.stringify(
  {
    origin: { mode: 'list', allow: ['https://a.example', { regex: '(', anchor: 'none' }, 'HTTP://B'] },
    exposeHeaders: ['X-Ok', 'bad header'],
    maxAge: 'soon',
  },
  null,
  2,
);

describe('jsonPathRange', () => {
  it('marks a scalar value at its path', () => {
    expect(marked(doc, 'origin.allow[2]')).toBe('"HTTP://B"');
    expect(marked(doc, 'exposeHeaders[1]')).toBe('"bad header"');
    expect(marked(doc, 'maxAge')).toBe('"soon"');
    expect(marked(doc, 'origin.allow[1].regex')).toBe('"("');
  });

  it('marks objects and arrays by their property name, array elements whole', () => {
    expect(marked(doc, 'origin')).toBe('"origin"');
    expect(marked(doc, 'origin.allow')).toBe('"allow"');
    expect(JSON.parse(marked(doc, 'origin.allow[1]'))).toEqual({ regex: '(', anchor: 'none' });
  });

  it('falls back to the nearest existing ancestor for missing fields', () => {
    expect(marked(doc, 'origin.missing')).toBe('"origin"');
    expect(marked(doc, 'origin.allow[9]')).toBe('"allow"');
    expect(marked(doc, 'credentials')).toBe('{');
    expect(marked(doc, '')).toBe('{');
  });

  it('copes with a document that is not an object', () => {
    expect(marked('[1, 2]', 'origin')).toBe('[');
    expect(marked('', 'origin')).toBe('');
  });
});
