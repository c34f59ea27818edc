import { describe, expect, it } from 'vitest';
import { flaskImport } from './flaskImport.ts';

describe('flaskImport', () => {
  it('echoes every Origin by default (origins="*" is the regex .*)', () => {
    const result = flaskImport('from flask_cors import CORS\nCORS(app)\n');
    expect(result.errors).toEqual([]);
    expect(result.policy).toMatchObject({
      origin: { mode: 'reflect' },
      allowMethods: { mode: 'list', values: ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'] },
      allowHeaders: { mode: 'reflect' },
      varyOrigin: true,
      preflight: { status: 200, continue: false },
    });
    expect(flaskImport('CORS(app, send_wildcard=True)').policy?.origin).toEqual({ mode: 'any' });
  });

  it('reads strings that look like regexes with re.match, case-insensitively, and the rest exactly', () => {
    const policy = flaskImport(`CORS(
    app,
    origins=["https://App.example.com", r"https://.*\\.example\\.com", "https://*.example.org"],
    supports_credentials=True,
    methods=["get", "post"],
    allow_headers=["Content-Type"],
    max_age=600,
)`).policy!;
    expect(policy.origin).toEqual({
      mode: 'list',
      allow: [
        'https://app.example.com',
        { regex: 'https://.*\\.example\\.com', anchor: 'start', ignoreCase: true, flags: '' },
        // Flask-CORS's famous pitfall: '*' makes this a regex, where '/*' means "any number of slashes".
        { regex: 'https://*.example.org', anchor: 'start', ignoreCase: true, flags: '' },
      ],
    });
    expect(policy).toMatchObject({
      credentials: true,
      allowMethods: { values: ['GET', 'POST'] },
      allowHeaders: { mode: 'list', values: ['Content-Type'] },
      maxAge: 600,
    });
  });

  it('turns resources into path rules, most specific first, and sends no Vary for one origin', () => {
    const policy = flaskImport(
      `cors = CORS(app, resources={r"/api/*": {"origins": "https://a.test"}, "/health": {}})`,
    ).policy!;
    expect(policy.enabled).toBe(false);
    expect(policy.paths.map((p) => p.path)).toEqual(['^/health$', '^(?:/api/*)']);
    expect(policy.paths[1]?.override).toMatchObject({
      enabled: true,
      origin: { mode: 'list', allow: ['https://a.test'] },
      varyOrigin: false,
    });
  });

  it('refuses app.config CORS settings, unknown and computed options, naming the line', () => {
    const result = flaskImport(`app.config["CORS_ORIGINS"] = ["https://a.test"]
app.config['CORS_HEADERS'] = 'Content-Type'
CORS(app,
     origins=ALLOWED,
     allow_header=["x"])
`);
    expect(result.policy).toBeNull();
    expect(result.errors.map((e) => [e.line, e.message])).toEqual([
      [1, expect.stringMatching(/pass it to CORS\(…\) as origins=/)],
      [4, expect.stringMatching(/variable ALLOWED/)],
      [5, expect.stringMatching(/allow_header is not a Flask-CORS option/)],
    ]);
    expect(result.notes.join('\n')).toContain('CORS_HEADERS (line 2) is not a Flask-CORS setting');
  });

  it('reads an escaped literal pattern ended by \\Z as the exact origin it is', () => {
    const result = flaskImport(
      'CORS(app, origins=["https://a.test", r"(?-i:http://\\[::1\\]:4000\\Z)", r"^https://b\\.test\\Z"])',
    );
    expect(result.errors).toEqual([]);
    expect(result.policy!.origin).toEqual({
      mode: 'list',
      allow: [
        'https://a.test',
        'http://[::1]:4000',
        { regex: '^https://b\\.test\\z', anchor: 'start', flags: '', ignoreCase: true },
      ],
    });
  });
});
