import { describe, expect, it } from 'vitest';
import { fastapiImport } from './fastapiImport.ts';

describe('fastapiImport', () => {
  it("reads add_middleware(CORSMiddleware, …) with Starlette's defaults and fullmatch regex", () => {
    const result = fastapiImport(`from fastapi.middleware.cors import CORSMiddleware

app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com"],
    allow_origin_regex=r"https://.*\\.example\\.com",
    allow_headers=["x-custom"],
)
`);
    expect(result.errors).toEqual([]);
    expect(result.policy).toMatchObject({
      origin: {
        mode: 'list',
        allow: ['https://app.example.com', { regex: 'https://.*\\.example\\.com', anchor: 'both' }],
      },
      allowMethods: { mode: 'list', values: ['GET'] },
      allowHeaders: {
        mode: 'list',
        values: ['Accept', 'Accept-Language', 'Content-Language', 'Content-Type', 'x-custom'],
      },
      maxAge: 600,
      credentials: false,
      preflight: { status: 200, continue: false },
    });
  });

  it("makes '*' mean every origin, echoed with credentials, and every method", () => {
    const reflect = fastapiImport(
      'Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"])',
    ).policy!;
    expect(reflect.origin).toEqual({ mode: 'reflect' });
    expect(reflect.allowMethods).toEqual({
      mode: 'list',
      values: ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'],
    });
    expect(reflect.allowHeaders).toEqual({ mode: 'reflect' });
    expect(fastapiImport('app.add_middleware(CORSMiddleware, allow_origins=("*",))').policy?.origin).toEqual({
      mode: 'any',
    });
  });

  it('refuses computed and unknown arguments, naming the line', () => {
    const result = fastapiImport(`app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.ORIGINS,
    allow_credential=True,
    **extra,
)`);
    expect(result.policy).toBeNull();
    expect(result.errors.map((e) => [e.line, e.message])).toEqual([
      [3, expect.stringMatching(/computed by code/)],
      [4, expect.stringMatching(/allow_credential is not a CORSMiddleware argument/)],
      [5, expect.stringMatching(/\*\*options/)],
    ]);
    expect(fastapiImport('app = FastAPI()').errors[0]?.message).toMatch(/no app\.add_middleware/);
  });

  it("reads Python's \\Z as RE2's \\z, and a lone fullmatch .* as reflect", () => {
    const ended = fastapiImport(
      'app.add_middleware(CORSMiddleware, allow_origin_regex=r"https://a\\.test\\Z")',
    );
    expect(ended.errors).toEqual([]);
    expect(ended.policy!.origin).toEqual({
      mode: 'list',
      allow: [{ regex: 'https://a\\.test\\z', anchor: 'both', flags: '', ignoreCase: false }],
    });
    const every = fastapiImport('app.add_middleware(CORSMiddleware, allow_origin_regex=".*")');
    expect(every.policy!.origin).toEqual({ mode: 'reflect' });
  });
});
