/** A challenge's title: its `backticked` words are code, as they are in the challenge list's source. */
export function ChallengeTitle({ title }: { title: string }) {
  return (
    <>
      {title.split('`').map((part, index) =>
        // Odd parts sat between backticks.
        index % 2 === 1 ? <code key={index}>{part}</code> : part,
      )}
    </>
  );
}
