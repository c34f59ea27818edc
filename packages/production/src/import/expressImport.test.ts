import { describe, expect, it } from 'vitest';
import { expressImport } from './expressImport.ts';

describe('expressImport', () => {
  it('reads app.use(cors(options)) through a const binding, RegExps unanchored as cors tests them', () => {
    const result = expressImport(`import cors from 'cors';
const corsOptions = {
  origin: ['https://app.example.com', /\\.example\\.com$/i, 'https://*.example.com'],
  methods: 'GET,POST',
  credentials: true,
  maxAge: 0,
  optionsSuccessStatus: 200,
};
app.use(cors(corsOptions));
`);
    expect(result.errors).toEqual([]);
    expect(result.policy).toMatchObject({
      origin: {
        mode: 'list',
        allow: [
          'https://app.example.com',
          { regex: '\\.example\\.com$', anchor: 'none', ignoreCase: true, flags: 'i' },
        ],
      },
      allowMethods: { mode: 'list', values: ['GET', 'POST'] },
      allowHeaders: { mode: 'reflect' },
      credentials: true,
      maxAge: null,
      preflight: { status: 200, continue: false },
    });
    // A string with * is compared with ===, so it never matches: said, not silently dropped.
    expect(result.notes.join('\n')).toContain("'https://*.example.com' (line 3) never equals an Origin");
  });

  it('reads the defaults, true, false and a fixed string origin', () => {
    expect(expressImport('app.use(cors())').policy).toMatchObject({
      origin: { mode: 'any' },
      preflight: { status: 204 },
    });
    expect(expressImport('cors({ origin: true })').policy?.origin).toEqual({ mode: 'reflect' });
    expect(expressImport('cors({ origin: false })').policy?.enabled).toBe(false);
    const fixed = expressImport("{ origin: 'https://app.example.com' }");
    expect(fixed.policy?.origin).toEqual({ mode: 'list', allow: ['https://app.example.com'] });
    expect(fixed.notes[0]).toMatch(/to every request/);
  });

  it('refuses functions, variables, unknown options and bad syntax, naming the line', () => {
    const fn = expressImport(`app.use(
  cors({
    origin: (origin, callback) => callback(null, true),
  }),
);`);
    expect(fn.policy).toBeNull();
    expect(fn.errors).toEqual([
      {
        line: 3,
        text: 'origin: (origin, callback) => callback(null, true),',
        message: expect.stringMatching(/function decides at run time/),
      },
    ]);
    const variable = expressImport(
      'cors({\n  origin: allowed,\n  maxAge: process.env.MAX_AGE,\n  originz: true,\n})',
    );
    expect(variable.errors.map((e) => [e.line, e.message])).toEqual([
      [2, expect.stringMatching(/allowed is a variable/)],
      [3, expect.stringMatching(/process\.env\.MAX_AGE is read at run time/)],
      [4, expect.stringMatching(/originz is not an Express cors option/)],
    ]);
    expect(expressImport('cors({\n  origin: [\n})').errors[0]?.line).toBe(3);
    expect(expressImport('app.use(cors());\napp.options("*", cors({ origin: true }));').errors[0]?.line).toBe(
      2,
    );
  });
});
