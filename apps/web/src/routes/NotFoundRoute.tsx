import { Link, useLocation } from 'react-router';
import { appPaths } from '@cors-playground/protocol/paths';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

/** An unknown URL: say so, and offer the way back. */
export default function NotFoundRoute() {
  const { search } = useLocation();
  useDocumentTitle('No such page');
  return (
    <section className="panel" aria-labelledby="not-found-title">
      <h2 id="not-found-title">No such page</h2>
      <p>
        <Link to={{ pathname: appPaths.playground, search }}>Open the playground</Link> or{' '}
        <Link to={{ pathname: appPaths.learn, search }}>start learning CORS</Link>.
      </p>
    </section>
  );
}
