import {
  exposureAccessWords,
  type ExposureCell,
  type ExposureMap,
  type ExposureRequest,
  type ExposureRow,
} from '@cors-playground/production';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import { browserLabel } from '../send/browserLabel.ts';
import { exposureSend } from './exposureSend.ts';
import './exposure.css';

export interface ExposureMapTableProps {
  map: ExposureMap;
  config: PlaygroundConfig;
  sandbox: string;
  /** Table caption: what policy this is. */
  caption: string;
  /**
   * Whether cells link to sending their request from their seat, which runs against the live policy.
   * Default `true`; `false` for a policy that is not live (an imported one). */
  sendable?: boolean;
}

function ExposureMapCell({
  row,
  cell,
  request,
  config,
  sandbox,
  sendable,
}: {
  row: ExposureRow;
  cell: ExposureCell;
  request: ExposureRequest;
  config: PlaygroundConfig;
  sandbox: string;
  sendable: boolean;
}) {
  const words = exposureAccessWords[cell.access];
  const best = cell.verdicts.find((v) => v.access === cell.access);
  const send = exposureSend(row.seat, request, best, config, sandbox);
  const cookie = best ? (best.cookie ? 'with the cookie' : 'no cookie') : null;
  return (
    <td className={`exposure-cell exposure-${cell.access}`} data-access={cell.access}>
      <span className="exposure-mark" aria-hidden="true">
        {words.mark}
      </span>{' '}
      <span className="exposure-words">{words.text}</span>
      {cell.access !== 'blocked' && cookie && <span className="exposure-cookie"> ({cookie})</span>}
      {cell.split && (
        <ul className="exposure-browsers">
          {cell.verdicts.map((v) => (
            <li key={v.browser}>
              {browserLabel[v.browser]}: {exposureAccessWords[v.access].text}
              {v.cookie ? ', with the cookie' : ''}
            </li>
          ))}
        </ul>
      )}
      <details className="exposure-why">
        <summary>Why</summary>
        {cell.verdicts.length === 0 ? (
          <p>{row.seat.note}</p>
        ) : (
          cell.verdicts.map((v) => (
            <p key={v.browser}>
              {browserLabel[v.browser]}: {v.why}
            </p>
          ))
        )}
        {sendable && 'reason' in send && <p className="muted">{send.reason}</p>}
      </details>
      {sendable && 'href' in send && (
        <a
          href={send.href}
          target="_blank"
          rel="noopener"
          aria-label={`Send ${request.label} from ${row.seat.origin}`}
        >
          Send it from there
        </a>
      )}
    </td>
  );
}

/**
 * The exposure map as a table: a row per seat (origin, who sits there), a column per request kind.
 * Each cell says it in words, with a shape and a colour, and links to sending that very request from
 * that seat through the other site's sender, where this machine can serve the seat.
 */
export function ExposureMapTable({ map, config, sandbox, caption, sendable = true }: ExposureMapTableProps) {
  return (
    <div className="exposure-scroll">
      <table className="exposure-map" data-testid="exposure-map">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Page origin</th>
            {map.requests.map((request) => (
              <th scope="col" key={request.kind}>
                {request.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.rows.map((row) => (
            <tr key={row.seat.origin} data-kind={row.seat.kind}>
              <th scope="row">
                <code>{row.seat.origin}</code>
                <span className="exposure-seat">{row.seat.label}</span>
                <span className="exposure-who">Who: {row.seat.who}</span>
              </th>
              {row.cells.map((cell, i) => {
                const request = map.requests[i];
                return request ? (
                  <ExposureMapCell
                    key={cell.request}
                    row={row}
                    cell={cell}
                    request={request}
                    config={config}
                    sandbox={sandbox}
                    sendable={sendable}
                  />
                ) : null;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
