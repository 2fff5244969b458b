/**
 * The worker's side of ./channel.ts: exposes an API with Comlink, each function's errors sent as
 * data (./wire-error.ts) so a JoseError's code survives the trip.
 */
import { expose, type Endpoint } from 'comlink';
import { toWireError } from './wire-error.ts';

type AnyFunction = (...args: unknown[]) => unknown;

export function exposeWorkerApi(api: object, endpoint?: Endpoint): void {
  const wrapped: Record<string, AnyFunction> = {};
  for (const [name, fn] of Object.entries(api)) {
    if (typeof fn !== 'function') continue;
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await (fn as AnyFunction)(...args);
      } catch (error) {
        // Thrown as plain data: Comlink passes a non-Error through unchanged.
        throw toWireError(error);
      }
    };
  }
  expose(wrapped, endpoint);
}
