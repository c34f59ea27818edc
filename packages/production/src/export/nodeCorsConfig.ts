import type { Policy } from '@cors-playground/engine';
import { nodeCorsOptions, type NodeCorsFramework, type NodeCorsOptions } from './nodeCorsOptions.ts';
import { originEntryDialectGaps } from './originEntry.ts';
import type { ExportDifference } from './policyExport.ts';
import { policyRules } from './policyRules.ts';

/** Options for the whole policy: the top-level rule, and one options object per path rule. */
export interface NodeCorsConfig {
  options: NodeCorsOptions;
  byPath: Array<{ path: RegExp; options: NodeCorsOptions }>;
}

/** The Express / Fastify configuration for a policy, with every difference from the playground. */
export function nodeCorsConfig(
  policy: Policy,
  framework: NodeCorsFramework,
): { config: NodeCorsConfig; differences: ExportDifference[] } {
  const differences: ExportDifference[] = [];
  const byPath: NodeCorsConfig['byPath'] = [];
  let options: NodeCorsOptions = { origin: false };
  for (const entry of policyRules(policy)) {
    const built = nodeCorsOptions(entry.rule, framework);
    differences.push(...built.differences);
    if (entry.path === null) {
      options = built.options;
      continue;
    }
    byPath.push({ path: nodeCorsConfigPath(entry.path, differences), options: built.options });
  }
  return { config: { options, byPath }, differences };
}

/** A path rule's pattern as a RegExp (a never-matching one if JavaScript cannot compile it, said in `differences`). */
export function nodeCorsConfigPath(source: string, differences: ExportDifference[]): RegExp {
  const gaps = originEntryDialectGaps(source, 'javascript');
  if (gaps.length > 0) {
    differences.push({
      aspect: 'paths',
      message: `The path pattern /${source}/ uses ${gaps.join(', ')}, which JavaScript does not support.`,
    });
  }
  try {
    return new RegExp(source);
  } catch {
    return /(?!)/;
  }
}
