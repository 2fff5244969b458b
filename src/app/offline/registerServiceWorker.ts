/// <reference types="vite-plugin-pwa/vanillajs" />
import { createUpdateFlow, type UpdateFlow } from './updateFlow.ts';

const HOUR = 60 * 60 * 1000;
let started = false;

/**
 * Registers the service worker (pwa.config.ts) once the page has loaded, so it adds nothing to the
 * first load: the registration code and workbox-window are their own lazily loaded chunks. Calls
 * `onUpdateReady` when a new version is installed and waiting. Does nothing in the dev server (no
 * service worker is built there) or where the browser has no service workers.
 */
export function startServiceWorker(onUpdateReady: (flow: UpdateFlow) => void): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  started = true;
  afterLoad(async () => {
    const { registerSW } = await import('virtual:pwa-register');
    const flow = createUpdateFlow({
      activateWaiting: () => activateWaiting(),
      reload: () => window.location.reload(),
    });
    watchForNewController(flow);
    const activateWaiting = registerSW({
      immediate: true,
      onNeedRefresh: () => onUpdateReady(flow),
      // Given, this replaces vite-plugin-pwa's own reload, which would fire in tabs where nobody
      // clicked, and not at all in a tab opened before any service worker ran (it reads workbox-window's
      // `isUpdate`, which is false there). watchForNewController decides instead.
      onNeedReload: () => undefined,
      onRegisteredSW: (_url, registration) => {
        // A page left open all day (a workshop) still hears of a new version; browsers check on navigation only.
        if (registration) setInterval(() => navigator.onLine && registration.update().catch(() => undefined), HOUR);
      },
    });
  });
}

/** Tells the flow when a new version replaces the service worker that controlled this page. */
function watchForNewController(flow: UpdateFlow): void {
  let previous = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first version claiming a page nothing controlled (the first visit) is not an update.
    const replaced = previous !== null;
    previous = navigator.serviceWorker.controller;
    if (replaced) flow.newVersionTookControl();
  });
}

function afterLoad(run: () => Promise<void>): void {
  const go = () => void run().catch(() => undefined);
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}
