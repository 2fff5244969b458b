import { encodeToken } from '../encode.ts';

/**
 * What the Encode screen asks its worker: the inputs as on screen (header and claims text, key
 * TEXT and encoding, options), never JoseKey objects, so the worker imports the keys itself. The
 * answer is the token text, findings, status and trace (plain data: structured-clone safe).
 * encodeToken never throws for bad input; only the unexpected rejects.
 */
export const encoderApi = { encode: encodeToken };
export type EncoderApi = typeof encoderApi;
