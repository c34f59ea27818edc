const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and quoted attributes: a Host header or a title is whatever a client sent. */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
}

/** A value made safe to place in an inline script as a JavaScript literal. */
export function htmlPageLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Script text made unable to close its `<script>` element early. */
export function htmlPageScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** A small page of the playground's own servers (the stage, the other site); `body` is HTML the caller escaped. */
export function htmlPage(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${htmlEscape(title)}</title>` +
    '<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}' +
    'button{margin:.25rem}output,pre{display:block;white-space:pre-wrap;background:#f4f4f4;padding:.5rem}</style>' +
    `</head><body>${body}</body></html>`
  );
}
