import { describe, expect, it } from 'vitest';
import { requestSnippetCurl, requestSnippetFetch } from './requestSnippet.ts';
import { requestDraftDefault } from '@cors-playground/client';

const url = 'http://localhost:4000/data';

describe('requestSnippetFetch', () => {
  it('leaves fetch() defaults out', () => {
    expect(requestSnippetFetch(requestDraftDefault(), url)).toBe(`fetch('${url}');`);
  });

  it('writes every changed option, keeping the method as typed', () => {
    const snippet = requestSnippetFetch(
      {
        ...requestDraftDefault(),
        method: 'patch',
        headers: [['X-Custom', "it's"]],
        body: '{"a":1}',
        credentials: 'include',
      },
      url,
    );
    expect(snippet).toContain("method: 'patch'");
    expect(snippet).toContain("['X-Custom', 'it\\'s']");
    expect(snippet).toContain(`body: '{"a":1}'`);
    expect(snippet).toContain("credentials: 'include'");
    expect(snippet).not.toContain('mode:');
  });
});

describe('requestSnippetCurl', () => {
  it('sends the Origin the browser would, and quotes for the shell', () => {
    const snippet = requestSnippetCurl(
      { ...requestDraftDefault(), method: 'PUT', headers: [['X-Name', "o'brien"]] },
      url,
      'http://localhost:5173',
    );
    expect(snippet).toContain("-X 'PUT'");
    expect(snippet).toContain("-H 'Origin: http://localhost:5173'");
    expect(snippet).toContain(`-H 'X-Name: o'\\''brien'`);
    expect(snippet).toContain(`'${url}'`);
  });
});
