import { describe, expect, it } from 'vitest';
import { regexSample } from './regexSample.ts';

describe('regexSample', () => {
  it.each([
    ['^https://www\\.bank\\.example$', ['https://www.bank.example']],
    [
      '^https?://(www|app)\\.bank\\.example$',
      [
        'http://www.bank.example',
        'http://app.bank.example',
        'https://www.bank.example',
        'https://app.bank.example',
      ],
    ],
    ['^https://[a-z0-9.-]+\\.bank\\.example$', ['https://www.bank.example']],
    ['^https://.*bank\\.example$', ['https://bank.example']],
    [
      '^https://www\\.bank\\.example([^\\w.-].*)?$',
      ['https://www.bank.example', 'https://www.bank.example~'],
    ],
    ['^http://localhost:517[34]$', ['http://localhost:5173']],
    [
      '(?i)^https://(?:api|www)\\.shop\\.test(:\\d+)?$',
      ['https://api.shop.test', 'https://www.shop.test', 'https://api.shop.test:0'],
    ],
  ])('%s', (source, expected) => {
    expect(regexSample(source)).toEqual(expect.arrayContaining(expected));
  });

  it('stays small and never throws, whatever the pattern', () => {
    expect(regexSample('(a|b|c|d)(e|f|g|h)(i|j|k|l)').length).toBeLessThanOrEqual(8);
    for (const broken of ['(', '[a-', '(?<', '\\', 'a{2', '[[:alpha:]]+']) {
      expect(() => regexSample(broken)).not.toThrow();
    }
  });
});
