import type { CheckOutcome, CheckRequest } from '../check.ts';
import type { DecodedView } from '../view.ts';

/** What the page asks the decoder worker. */
export type DecoderRequest = { id: number; op: 'decode'; text: string } | { id: number; op: 'check'; request: CheckRequest };

export type DecoderResponse = { id: number; ok: true; result: DecodedView | CheckOutcome } | { id: number; ok: false; error: string };
