import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startTokenSession } from './app/session/provide.ts';
import { initI18n } from './lib/i18n/index.ts';
import './index.css';

startTokenSession();

// Nothing the first render needs is fetched apart from the first load (scripts/size.mjs counts the
// entry's whole import graph; e2e/first-load.spec.ts renders the Decode screen with everything else
// held back): English is in it, so initI18n resolves at once. Only a Spanish visitor's first render
// waits, for the Spanish words, so the page never flashes English before switching.
void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
