/**
 * When the page may reload for a new version: only after the person clicked "Reload" in this tab.
 *
 * Two events lead to a reload, in either order: the click, and the new service worker taking
 * control of the page. A click asks the waiting worker to take over; its taking control then
 * reloads. If another tab's click already put the new worker in charge, this tab's click reloads
 * at once (there is nothing left to wait for); without a click here, that other tab's update never
 * reloads this one (vite-plugin-pwa would, by default).
 */
export type UpdateFlow = {
  /** The person clicked "Reload". */
  reloadClicked(): void;
  /** The new version's service worker now controls this page. */
  newVersionTookControl(): void;
};

export type UpdateActions = {
  /** Asks the waiting service worker to activate (Workbox's SKIP_WAITING message). */
  activateWaiting(): Promise<void>;
  reload(): void;
};

export function createUpdateFlow(actions: UpdateActions): UpdateFlow {
  let clicked = false;
  let newVersionInCharge = false;
  let reloading = false;
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    actions.reload();
  };
  return {
    reloadClicked() {
      clicked = true;
      if (newVersionInCharge) reloadOnce();
      else void actions.activateWaiting().catch(reloadOnce);
    },
    newVersionTookControl() {
      newVersionInCharge = true;
      if (clicked) reloadOnce();
    },
  };
}
