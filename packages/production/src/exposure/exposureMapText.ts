import type { ExposureMap } from './exposureMap.ts';
import type { ExposureAccess } from './exposureVerdict.ts';

/** Shape and words per access, so the table reads without colour. */
export const exposureAccessWords: Record<ExposureAccess, { mark: string; text: string }> = {
  reads: { mark: '●', text: 'reads the response' },
  sends: { mark: '◐', text: "sends, can't read" },
  blocked: { mark: '○', text: 'blocked' },
};

/**
 * The exposure map as a plain-text table for `cors audit`: one line per seat, one column per request
 * kind, then the readable cells explained (with the cookie each browser sends).
 */
export function exposureMapText(map: ExposureMap): string {
  const header = ['origin', ...map.requests.map((r) => r.label)];
  const rows = map.rows.map((row) => [
    row.seat.origin,
    ...row.cells.map((cell) => {
      const words = exposureAccessWords[cell.access];
      return `${words.mark} ${words.text}${cell.split ? ' *' : ''}`;
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const lines = [`Who can do what against ${map.apiOrigin}:`, '', line(header), ...rows.map(line)];
  lines.push(
    '',
    `${exposureAccessWords.reads.mark} reads the response  ${exposureAccessWords.sends.mark} sends, can't read  ${exposureAccessWords.blocked.mark} blocked  * the browsers differ`,
  );
  const exposed = map.rows.filter(
    (row) => row.seat.kind !== 'app' && row.cells.some((cell) => cell.access === 'reads'),
  );
  if (exposed.length > 0) lines.push('', 'Readable from outside the app:');
  for (const row of exposed) {
    const cells = row.cells.filter((cell) => cell.access === 'reads');
    const labels = cells.map(
      (cell) => map.requests.find((r) => r.kind === cell.request)?.label ?? cell.request,
    );
    lines.push(
      `  ${row.seat.origin} — ${row.seat.label}; who: ${row.seat.who}`,
      `    reads: ${labels.join(', ')}`,
    );
    for (const verdict of cells[0]?.verdicts ?? []) lines.push(`    ${verdict.browser}: ${verdict.why}`);
  }
  return `${lines.join('\n')}\n`;
}
