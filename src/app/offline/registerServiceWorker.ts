/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { createUpdateFlow, type UpdateFlow } from './updateFlow.ts';

const HOUR = 60 * 60 * 1000;
let started = false;

/**
 * Registers the service worker (pwa.config.ts). UpdatePrompt loads this module after the page has
 * loaded, so neither it nor workbox-window is in the first load. Calls `onUpdateReady` when a new
 * version is installed and waiting. Does nothing in the dev server (no service worker is built
 * there) or where the browser has no service workers.
 */
export function startServiceWorker(onUpdateReady: (flow: UpdateFlow) => void): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  started = true;
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
