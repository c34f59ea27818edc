import { describe, expect, it } from 'vitest';
import { webkitConsoleAttribute, webkitConsoleParse } from './webkitConsole.ts';

const page = 'http://localhost:17001/__harness/w1?i=0';
const output = [
  `${page}:40:15: CONSOLE LOG CONFORMANCE-BEGIN 0 0`,
  '(MiniBrowser:123): Gtk-WARNING **: cannot open display',
  `${page}:41:20: CONSOLE SECURITY ERROR Origin http://localhost:17001 is not allowed by Access-Control-Allow-Origin. Status code: 200`,
  `${page}:41:20: CONSOLE JS ERROR Fetch API cannot load http://localhost:17002/__t/w10/x due to access control checks.`,
  `${page}:44:15: CONSOLE LOG CONFORMANCE-END 0 0`,
  `${page}:40:15: CONSOLE LOG CONFORMANCE-BEGIN 1 0`,
  `${page}:41:20: CONSOLE JS ERROR Header 'x-a' has invalid value: 'a`,
  `b'`,
  `${page}:41:20: CONSOLE JS WARNING A warning`,
  `${page}:44:15: CONSOLE LOG CONFORMANCE-END 1 0`,
  `${page}:9:1: CONSOLE NETWORK ERROR Late line about http://localhost:17002/__t/w10/x`,
  `${page}:50:13: CONSOLE LOG CONFORMANCE-DONE`,
  '',
].join('\n');

describe('webkitConsoleParse', () => {
  it('reads source, level, text and URL, joins continued lines and skips MiniBrowser’s own warnings', () => {
    const lines = webkitConsoleParse(output);
    expect(lines).toHaveLength(10);
    expect(lines[1]).toEqual({
      url: page,
      source: 'SECURITY',
      level: 'ERROR',
      text: 'Origin http://localhost:17001 is not allowed by Access-Control-Allow-Origin. Status code: 200',
    });
    expect(lines[0]).toMatchObject({ source: '', level: 'LOG', text: 'CONFORMANCE-BEGIN 0 0' });
    expect(lines[5]?.text).toBe("Header 'x-a' has invalid value: 'a\nb'");
  });
});

describe('webkitConsoleAttribute', () => {
  it('gives each fetch the errors and warnings between its markers, in order', () => {
    const { fetches, stray, done } = webkitConsoleAttribute(webkitConsoleParse(output));
    expect(fetches.get('0 0')?.errors).toEqual([
      'Origin http://localhost:17001 is not allowed by Access-Control-Allow-Origin. Status code: 200',
      'Fetch API cannot load http://localhost:17002/__t/w10/x due to access control checks.',
    ]);
    expect(fetches.get('1 0')).toEqual({
      errors: ["Header 'x-a' has invalid value: 'a\nb'"],
      warnings: ['A warning'],
    });
    expect(stray.map((line) => line.text)).toEqual(['Late line about http://localhost:17002/__t/w10/x']);
    expect(done).toBe(true);
  });
});
