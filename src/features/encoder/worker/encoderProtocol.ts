import type { EncodeInput, EncodeResult } from '../encode.ts';

/**
 * What the Encode screen asks its worker: the inputs as on screen (header and claims text, key
 * TEXT and encoding, options), never JoseKey objects, so the worker imports the keys itself.
 */
export type EncoderRequest = { id: number; input: EncodeInput };

/** The token text, findings, status and trace (plain data: structured-clone safe). */
export type EncoderResponse = { id: number; ok: true; result: EncodeResult } | { id: number; ok: false; error: string };
