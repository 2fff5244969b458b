/**
 * Registers the token session worker with lib/token-session before the screens render. The
 * worker's code (both screens' crypto) stays out of the first load: the worker is its own bundle,
 * and the main-thread fallback loads on demand.
 */
import SessionWorker from './tokenSession.worker.ts?worker';
import { provideTokenSession } from '../../lib/token-session/channel.ts';

export function startTokenSession(): void {
  provideTokenSession({
    name: 'token session',
    create: () => new SessionWorker({ name: 'token-session' }),
    inPlace: async () => (await import('./sessionApi.ts')).sessionApi,
  });
}
