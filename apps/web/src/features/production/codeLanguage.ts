import { StreamLanguage } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import type { ExportLanguage } from '@cors-playground/production';

/**
 * The CodeMirror language for an export, loaded only when that target is first shown: together the
 * grammars weigh more than the rest of the panel. nginx, Apache, Caddy and C# have no Lezer grammar; the legacy
 * stream modes highlight them well enough for configuration snippets.
 */
export async function codeLanguageLoad(language: ExportLanguage): Promise<Extension> {
  switch (language) {
    case 'javascript':
      return (await import('@codemirror/lang-javascript')).javascript();
    case 'python':
      return (await import('@codemirror/lang-python')).python();
    case 'yaml':
      return (await import('@codemirror/lang-yaml')).yaml();
    case 'java':
      return (await import('@codemirror/lang-java')).java();
    // Apache and Caddy configurations have no grammar of their own; nginx's directive-and-block mode
    // highlights their directives, strings and comments.
    case 'apache':
    case 'caddy':
    case 'nginx':
      return StreamLanguage.define((await import('@codemirror/legacy-modes/mode/nginx')).nginx);
    case 'csharp':
      return StreamLanguage.define((await import('@codemirror/legacy-modes/mode/clike')).csharp);
  }
}
