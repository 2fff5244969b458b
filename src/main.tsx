import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startTokenSession } from './app/session/provide.ts';
import { initI18n } from './lib/i18n/index.ts';
import './index.css';

startTokenSession();

// The first render waits for the person's language (the shell's English is in the page; the Decode
// screen's and Spanish are small chunks), so the page never flashes ids or English before switching.
void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
