const otherHtmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and quoted attributes: the Host header is whatever a client sent. */
export function otherHtmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => otherHtmlEntities[char] ?? char);
}
