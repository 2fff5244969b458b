import type { CheckOutcome, CheckRequest } from '../features/decoder/check.ts';
import type { DecodedView } from '../features/decoder/view.ts';

/** What the page asks the decoder worker. */
export type DecoderRequest = { id: number; op: 'decode'; text: string } | { id: number; op: 'check'; request: CheckRequest };

export type DecoderResponse = { id: number; ok: true; result: DecodedView | CheckOutcome } | { id: number; ok: false; error: string };
