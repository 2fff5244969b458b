import { afterEach, describe, expect, it, vi } from 'vitest';
import { JoseError } from '../../jose/index.ts';
import { createWorkerChannel } from './channel.ts';
import { fakeWorkerOf } from './fake-worker.test-support.ts';

/** What the test worker does: answers, fails with a JoseError, or waits until told to finish. */
const gates: (() => void)[] = [];
const api = {
  double: (n: number) => n * 2,
  fail: (): never => {
    throw new JoseError('ERR_MALFORMED', 'bad token', { segment: 'payload', offset: 12, details: { at: 12 } });
  },
  slow: (label: string) => new Promise<string>((resolve) => gates.push(() => resolve(label))),
  where: () => (typeof window === 'undefined' && typeof Worker === 'function' ? 'worker' : 'here'),
};
type Api = typeof api;

/** A stand-in Worker answering from the API above (its `where` says it is the worker). */
const FakeWorker = fakeWorkerOf({ ...api, where: () => 'worker' });

const channel = (terminateAfterMs = 250) =>
  createWorkerChannel<Api>({ name: 'test', create: () => new FakeWorker() as unknown as Worker, inPlace: async () => ({ ...api, where: () => 'here' }), terminateAfterMs });

afterEach(() => {
  vi.unstubAllGlobals();
  gates.length = 0;
});

describe('createWorkerChannel', () => {
  it('without Worker every call runs in place', async () => {
    vi.stubGlobal('Worker', undefined);
    const c = channel();
    await expect(c.call('where', [])).resolves.toBe('here');
    await expect(c.call('double', [21])).resolves.toBe(42);
  });

  it('concurrent calls share one worker and each gets its own answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const before = FakeWorker.made.length;
    const c = channel();
    const answers = await Promise.all([c.call('double', [1]), c.call('double', [2]), c.call('where', [])]);
    expect(answers).toEqual([2, 4, 'worker']);
    expect(FakeWorker.made.length - before).toBe(1);
  });

  it('a JoseError comes back as a JoseError with its code, segment, offset and details', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const error = await channel()
      .call('fail', [])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JoseError);
    expect(error).toMatchObject({ code: 'ERR_MALFORMED', message: 'bad token', segment: 'payload', offset: 12, details: { at: 12 } });
  });

  it('an abandoned call that ran long ends the worker; the calls still wanted finish in a fresh one', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const c = channel(0);
    const abandoned = new AbortController();
    const first = c.call('slow', ['old'], abandoned.signal);
    const kept = c.call('slow', ['kept']);
    await vi.waitFor(() => expect(gates.length).toBe(2));
    const used = FakeWorker.made.at(-1)!;
    abandoned.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(used.terminated).toBe(true);
    // The kept call was sent again to a new worker: finish that one.
    await vi.waitFor(() => expect(gates.length).toBe(3));
    gates[2]!();
    await expect(kept).resolves.toBe('kept');
    expect(FakeWorker.made.at(-1)).not.toBe(used);
  });

  it('a call abandoned quickly leaves the worker running', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const c = channel(60_000);
    const abandoned = new AbortController();
    const first = c.call('slow', ['old'], abandoned.signal);
    await vi.waitFor(() => expect(gates.length).toBe(1));
    abandoned.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made.at(-1)!.terminated).toBe(false);
    await expect(c.call('double', [5])).resolves.toBe(10);
  });

  it('an already aborted signal rejects without starting anything', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const before = FakeWorker.made.length;
    await expect(channel().call('double', [1], AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made.length).toBe(before);
  });

  it('a worker that fails to load answers its calls in place, and every later call too', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const c = channel();
    const pending = c.call('slow', ['x']);
    await vi.waitFor(() => expect(gates.length).toBe(1));
    const broken = FakeWorker.made.at(-1)!;
    const event = new Event('error', { cancelable: true });
    broken.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(broken.terminated).toBe(true);
    await vi.waitFor(() => expect(gates.length).toBe(2));
    gates[1]!();
    await expect(pending).resolves.toBe('x');
    await expect(c.call('where', [])).resolves.toBe('here');
  });
});
