/**
 * Key generation off the main thread: RSA 4096 can take seconds, and the page must never freeze.
 */
// First: nothing this worker runs may use the network (see no-network.ts).
import '../no-network.ts';
import { exposeWorkerApi } from '../worker-channel/expose.ts';
import { generateKeyApi } from './generateKeyProtocol.ts';

exposeWorkerApi(generateKeyApi);
