import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { sandboxFromSearch } from './api/SandboxProvider.tsx';
import { App } from './app/App.tsx';
import './app/app.css';
import './ui/primitives.css';
import './app/layout.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <App sandbox={sandboxFromSearch(window.location.search)} />
    </BrowserRouter>
  </StrictMode>,
);
