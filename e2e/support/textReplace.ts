import { expect, type Locator } from '@playwright/test';

/**
 * Replaces a text field's value (input or textarea) as typing would, in both browsers. Not `fill()` nor
 * `insertText()`: Playwright 1.64 in Firefox ESR (WebDriver BiDi) sets the value without React's value
 * tracker seeing the change, so the state never updates. The native value setter plus a bubbling `input`
 * event reaches React in Chromium and Firefox alike.
 */
export async function textReplace(field: Locator, text: string): Promise<void> {
  await field.evaluate((element, value) => {
    const proto =
      element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await expect(field).toHaveValue(text);
}
