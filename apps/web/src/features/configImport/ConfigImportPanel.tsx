import { useState } from 'react';
import {
  importSourceNames,
  importSources,
  policyImportersRun,
  type ImportSource,
  type PolicyImport,
} from '@cors-playground/production/import';
import { ConfigImportResult } from './ConfigImportResult.tsx';
import './configImport.css';

/**
 * "Paste your config": a framework's CORS configuration, imported as the policy that framework really
 * enforces, with what the playground cannot express and every line it refuses to guess about. Nothing
 * is applied here: the result links to the playground, where only a click applies it.
 */
export default function ConfigImportPanel() {
  const [source, setSource] = useState<ImportSource>('django');
  const [text, setText] = useState('');
  const [result, setResult] = useState<PolicyImport | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setResult(policyImportersRun(text, source));
  };
  return (
    <section
      className="panel config-import"
      aria-labelledby="config-import-title"
      data-testid="config-import"
    >
      <h2 id="config-import-title">Paste your config</h2>
      <p className="help">
        Paste the CORS configuration your server runs: you get the policy it really enforces, who can read
        your API with it, and what it does that you may not expect. Only literal settings are read; anything
        computed at run time is refused with its line.
      </p>
      <form onSubmit={submit}>
        <div className="config-import-source">
          <label htmlFor="config-import-source">Your framework</label>
          <select
            id="config-import-source"
            value={source}
            onChange={(e) => {
              setSource(e.target.value as ImportSource);
              setResult(null);
            }}
          >
            {importSources.map((s) => (
              <option key={s} value={s}>
                {importSourceNames[s]}
              </option>
            ))}
          </select>
        </div>
        <label htmlFor="config-import-text">Your CORS configuration</label>
        <textarea
          id="config-import-text"
          className="config-import-text"
          rows={10}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={text.trim() === ''}>
          Import
        </button>
      </form>
      {result && <ConfigImportResult result={result} />}
    </section>
  );
}
