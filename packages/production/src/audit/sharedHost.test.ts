import { describe, expect, it } from 'vitest';
import { sharedHostRegistrable, sharedHostSuffix } from './sharedHost.ts';

describe('sharedHost', () => {
  it.each([
    ['www.bank.example', 'bank.example'],
    ['a.b.github.io', 'b.github.io'],
    ['github.io', 'github.io'],
    ['www.bank.co.uk', 'bank.co.uk'],
    ['evil.com', 'evil.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['x.v.localhost', 'v.localhost'],
  ])('the registrable domain of %s is %s', (host, registrable) => {
    expect(sharedHostRegistrable(host)).toBe(registrable);
  });

  it('knows the hosting suffixes anyone can get a name under, and not look-alikes of them', () => {
    expect(sharedHostSuffix('me.herokuapp.com')).toBe('herokuapp.com');
    expect(sharedHostSuffix('notgithub.io')).toBeNull();
  });
});
