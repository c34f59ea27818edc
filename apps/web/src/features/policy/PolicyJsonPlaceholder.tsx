/**
 * Stands in for the JSON editor while CodeMirror loads: the same text, in a box with the editor's
 * metrics (see `.policy-json-placeholder`), so nothing below the editor moves when it arrives. A
 * click aimed at a preset or the audit while the chunk loads lands where it was aimed.
 */
export function PolicyJsonPlaceholder({ text }: { text: string }) {
  return (
    <pre
      className="policy-json policy-json-placeholder"
      data-testid="policy-json-placeholder"
      aria-busy="true"
    >
      {text}
    </pre>
  );
}
