/**
 * The Encode screen's worker: parsing and minifying the JSON, importing the keys, signing and
 * encrypting (with the synchronous @noble fallbacks: AES-192 in Chromium, ES256K, Ed448, X448,
 * RSA1_5) run here, so a 1 MB payload never freezes the page. Plain data in and out.
 */
// First: nothing this worker runs may use the network (see no-network.ts).
import '../../../lib/no-network.ts';
import { exposeWorkerApi } from '../../../lib/worker-channel/expose.ts';
import { encoderApi } from './encoderProtocol.ts';

exposeWorkerApi(encoderApi);
