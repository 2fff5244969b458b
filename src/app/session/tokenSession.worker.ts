/**
 * The token session worker Decode and Learn share: decoding of large tokens, key import, verify,
 * decrypt, the traces and the profile checks run here, never on the main thread.
 */
// First: nothing this worker runs may use the network (see no-network.ts).
import '../../lib/no-network.ts';
import { exposeWorkerApi } from '../../lib/worker-channel/expose.ts';
import { sessionApi } from './sessionApi.ts';

exposeWorkerApi(sessionApi);
