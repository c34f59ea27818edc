import type { Trace } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import { sequenceRows } from './sequenceRows.ts';

const width = 640;
const browserX = 110;
const serverX = 530;
const rowHeight = 34;
/** A generous advance for 12 px monospace: Firefox's default monospace runs wider than Chromium's. */
const charWidth = 7.6;

/**
 * Squeezes a label that could overflow its room (`room` px) into it; shorter ones keep their natural
 * width. SVG text never wraps, so without this a long label runs past the lifelines in Firefox.
 */
function sequenceFit(text: string, room: number): { textLength?: number; lengthAdjust?: 'spacingAndGlyphs' } {
  return text.length * charWidth > room ? { textLength: room, lengthAdjust: 'spacingAndGlyphs' } : {};
}

/** Lazy-loaded SVG of the exchange: browser ↔ server, preflight and actual, with pass/fail marks. */
export default function SequenceDiagram({ trace, events }: { trace: Trace; events: readonly LabEvent[] }) {
  const rows = sequenceRows(trace, events);
  const height = 60 + rows.length * rowHeight;
  return (
    <figure className="sequence-diagram" data-testid="sequence-diagram">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="sequence-title sequence-desc"
        width="100%"
      >
        <title id="sequence-title">Sequence of the exchange between the browser and the lab API</title>
        <desc id="sequence-desc">
          {rows
            .map((row) => `${row.label}${row.ok === null ? '' : row.ok ? ' (passed)' : ' (failed)'}`)
            .join('; ')}
        </desc>
        <defs>
          <marker
            id="seq-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
          </marker>
        </defs>
        <text x={browserX} y={20} textAnchor="middle" className="seq-actor">
          Browser (page)
        </text>
        <text x={serverX} y={20} textAnchor="middle" className="seq-actor">
          Lab API
        </text>
        <line x1={browserX} y1={28} x2={browserX} y2={height - 4} className="seq-life" />
        <line x1={serverX} y1={28} x2={serverX} y2={height - 4} className="seq-life" />
        {rows.map((row, index) => {
          const y = 50 + index * rowHeight;
          const mark = row.ok === null ? '' : row.ok ? '✓ ' : '✗ ';
          const cls = `seq-row ${row.ok === false ? 'seq-bad' : row.ok ? 'seq-ok' : ''} ${row.dashed ? 'seq-dashed' : ''}`;
          if (row.direction === 'self') {
            return (
              <g key={index} className={cls} data-testid="sequence-row">
                <rect
                  x={browserX - 90}
                  y={y - 14}
                  width={serverX - browserX + 20}
                  height={22}
                  rx={4}
                  className="seq-note"
                />
                <text x={browserX - 84} y={y + 2} {...sequenceFit(mark + row.label, serverX - browserX + 8)}>
                  {mark}
                  {row.label}
                </text>
              </g>
            );
          }
          const [x1, x2] = row.direction === 'request' ? [browserX, serverX] : [serverX, browserX];
          return (
            <g key={index} className={cls} data-testid="sequence-row">
              <line
                x1={x1}
                y1={y + 6}
                x2={x2}
                y2={y + 6}
                markerEnd="url(#seq-arrow)"
                strokeDasharray={row.dashed ? '5 4' : undefined}
              />
              <text
                x={(browserX + serverX) / 2}
                y={y}
                textAnchor="middle"
                {...sequenceFit(mark + row.label, serverX - browserX + 60)}
              >
                {mark}
                {row.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="help">
        Arrows as the engine predicts them; dashed when the server saw something different.
      </figcaption>
    </figure>
  );
}
