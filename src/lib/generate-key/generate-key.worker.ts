/**
 * Key generation off the main thread: RSA 4096 can take seconds, and the page must never freeze.
 * One request in, one response out, matched by id (see ./generateKeyProtocol.ts).
 */
// First: nothing this worker runs may use the network (see no-network.ts).
import '../no-network.ts';
import { runGenerateRequest, serializeError, type GenerateKeyRequest, type GenerateKeyResponse } from './generateKeyProtocol.ts';

// Typed by hand: the "webworker" lib clashes with the DOM lib this project compiles against.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<GenerateKeyRequest>) => void) | null;
  postMessage: (message: GenerateKeyResponse) => void;
};

scope.onmessage = (event) => {
  const { id, alg, options } = event.data;
  runGenerateRequest({ alg, options }).then(
    (result) => scope.postMessage({ id, ok: true, result }),
    (error: unknown) => scope.postMessage({ id, ok: false, error: serializeError(error) }),
  );
};
