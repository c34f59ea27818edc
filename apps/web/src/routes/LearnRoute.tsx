/** Placeholder while the guided path is built. */
export default function LearnRoute() {
  return <p className="panel">Learn CORS: coming next.</p>;
}
