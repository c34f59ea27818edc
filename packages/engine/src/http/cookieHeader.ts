import { headerListValues } from './headerList.ts';
import type { HeaderList } from './httpTypes.ts';

/** The value of cookie `name` in a request's `Cookie` headers, or null when it did not arrive. */
export function cookieHeaderGet(headers: HeaderList, name: string): string | null {
  // Cookie lines join with `; `, so each line is split on its own.
  for (const value of headerListValues(headers, 'cookie')) {
    for (const part of value.split(';')) {
      const [key, ...rest] = part.trim().split('=');
      if (key === name) return rest.join('=');
    }
  }
  return null;
}
