import type { PolicyChange } from '../policy/policyDiff.ts';

/** The shared policy against the live one, one row per field that would change. */
export function SharedPolicyChanges({ changes }: { changes: readonly PolicyChange[] | null }) {
  if (changes === null) return <p>Loading the live policy to compare…</p>;
  if (changes.length === 0) {
    return (
      <p data-testid="shared-policy-same">
        The live policy already is this policy: applying it changes nothing.
      </p>
    );
  }
  return (
    <table className="shared-policy-changes">
      <caption>What would change</caption>
      <thead>
        <tr>
          <th scope="col">Setting</th>
          <th scope="col">Now</th>
          <th scope="col">With the shared policy</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path} data-testid="shared-policy-change" data-path={change.path}>
            <th scope="row">{change.label}</th>
            <td>{change.before}</td>
            <td>{change.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
