/** `GET, post ,` → `['GET', 'post']`: token lists are typed comma-separated. */
export function policyTokensParse(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function policyTokensFormat(values: readonly string[]): string {
  return values.join(', ');
}

/**
 * A number field's text: a number when it is one, else the text itself so the draft keeps it (and the
 * schema reports it at its path) instead of silently dropping what the user typed.
 */
export function policyNumberParse(text: string): number | string {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return trimmed !== '' && Number.isFinite(value) ? value : text;
}
