import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sandboxFromSearch } from './api/SandboxProvider.tsx';
import { App } from './app/App.tsx';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App sandbox={sandboxFromSearch(window.location.search)} />
  </StrictMode>,
);
