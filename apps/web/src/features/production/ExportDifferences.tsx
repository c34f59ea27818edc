import type { PolicyExport } from '@cors-playground/production';
import { exportTargetInfo } from './exportTargetInfo.ts';

/**
 * What the framework will do differently from the playground policy, shown as prominently as the
 * code: an export that silently approximates would teach the wrong lesson.
 */
export function ExportDifferences({ result, testId }: { result: PolicyExport; testId: string }) {
  const framework = exportTargetInfo[result.target].framework;
  if (result.differences.length === 0) {
    return (
      <section
        className="export-differences equivalent"
        data-testid={testId}
        data-count="0"
        aria-label="Differences"
      >
        <p>
          <strong>Equivalent:</strong> {framework} behaves exactly like the playground policy.
        </p>
      </section>
    );
  }
  const headingId = `${testId}-title`;
  return (
    <section
      className="export-differences"
      data-testid={testId}
      data-count={result.differences.length}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>What will differ in {framework}</h3>
      <ul>
        {result.differences.map((d) => (
          <li key={d} data-testid={`${testId}-item`}>
            {d}
          </li>
        ))}
      </ul>
    </section>
  );
}
