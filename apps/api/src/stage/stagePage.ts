import { otherHtmlEscape } from '../other/otherHtmlEscape.ts';

/** A value made safe to place in an inline script as a JavaScript literal. */
export function stagePageLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Script text made unable to close its `<script>` element early. */
export function stagePageScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** A small page of the stage; `body` is HTML the caller escaped. */
export function stagePage(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${otherHtmlEscape(title)}</title>` +
    '<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}' +
    'button{margin:.25rem}output,pre{display:block;white-space:pre-wrap;background:#f4f4f4;padding:.5rem}</style>' +
    `</head><body>${body}</body></html>`
  );
}
