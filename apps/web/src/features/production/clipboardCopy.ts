/**
 * Copies text to the clipboard: the async Clipboard API first, then the legacy copy command on a
 * selected off-screen textarea, for browsers or contexts that refuse the API (no permission, no secure
 * context). Resolves false when both refuse, so the caller can ask the user to copy by hand.
 */
export async function clipboardCopy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall through to the legacy path.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    // Deprecated but still the only synchronous fallback in every browser.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
