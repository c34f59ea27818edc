import { NavLink, useLocation } from 'react-router';
import { appPaths } from '@cors-playground/protocol/paths';
import { ThemeToggle } from './ThemeToggle.tsx';

const appNavLinks = [
  { to: appPaths.playground, label: 'Playground' },
  { to: appPaths.learn, label: 'Learn CORS' },
  { to: appPaths.check, label: 'Check my server' },
  { to: appPaths.challenges, label: 'Challenges' },
] as const;

/** Title, the routes, and the tools that apply everywhere. The sandbox query string follows every link. */
export function AppHeader() {
  const { search } = useLocation();
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>CORS Playground</h1>
        <p className="help">A real browser, a server you configure, and why it allows or blocks.</p>
      </div>
      <nav aria-label="Sections" className="app-nav">
        <ul>
          {appNavLinks.map((link) => (
            <li key={link.to}>
              <NavLink to={{ pathname: link.to, search }} end={link.to === appPaths.playground}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="app-header-tools">
        <ThemeToggle />
      </div>
    </header>
  );
}
