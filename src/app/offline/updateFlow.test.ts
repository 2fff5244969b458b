import { describe, expect, it, vi } from 'vitest';
import { createUpdateFlow } from './updateFlow.ts';

function setup(activateWaiting = () => Promise.resolve()) {
  const actions = { activateWaiting: vi.fn(activateWaiting), reload: vi.fn() };
  return { flow: createUpdateFlow(actions), actions };
}

describe('the update flow: the page reloads only after a click in it', () => {
  it('a click activates the waiting version; its taking control then reloads, once', () => {
    const { flow, actions } = setup();
    flow.reloadClicked();
    expect(actions.activateWaiting).toHaveBeenCalledTimes(1);
    expect(actions.reload).not.toHaveBeenCalled();
    flow.newVersionTookControl();
    flow.newVersionTookControl();
    expect(actions.reload).toHaveBeenCalledTimes(1);
  });

  it('a new version put in charge by another tab does not reload this one', () => {
    const { flow, actions } = setup();
    flow.newVersionTookControl();
    expect(actions.reload).not.toHaveBeenCalled();
    expect(actions.activateWaiting).not.toHaveBeenCalled();
  });

  it('a click after another tab already updated reloads at once, with nothing to activate', () => {
    const { flow, actions } = setup();
    flow.newVersionTookControl();
    flow.reloadClicked();
    expect(actions.activateWaiting).not.toHaveBeenCalled();
    expect(actions.reload).toHaveBeenCalledTimes(1);
  });

  it('if the waiting version cannot be asked to activate, the click still reloads (the person asked for it)', async () => {
    const { flow, actions } = setup(() => Promise.reject(new Error('no waiting worker')));
    flow.reloadClicked();
    await vi.waitFor(() => expect(actions.reload).toHaveBeenCalledTimes(1));
  });
});
