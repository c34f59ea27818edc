import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { historySummary } from './historySummary.ts';

/** Two sends side by side, rows that differ highlighted. */
export default function HistoryCompare({ ids }: { ids: number[] }) {
  const records = usePlaygroundStore((s) => s.historyRecords);
  const [a, b] = ids.map((id) => records.find((r) => r.id === id));
  if (!a || !b) return null;
  const left = historySummary(a);
  const right = historySummary(b);
  return (
    <table className="history-compare" data-testid="history-compare-table">
      <caption>
        Send #{a.id} compared with send #{b.id}
      </caption>
      <thead>
        <tr>
          <th scope="col">Fact</th>
          <th scope="col">#{a.id}</th>
          <th scope="col">#{b.id}</th>
        </tr>
      </thead>
      <tbody>
        {left.map(([label, value], index) => {
          const other = right[index]?.[1] ?? '';
          const differs = value !== other;
          return (
            <tr
              key={label}
              data-testid="history-compare-row"
              data-differs={String(differs)}
              className={differs ? 'differs' : undefined}
            >
              <th scope="row">{label}</th>
              <td>
                <code>{value}</code>
              </td>
              <td>
                <code>{other}</code>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
