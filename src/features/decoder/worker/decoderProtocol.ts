import type { CheckOutcome, CheckRequest } from '../logic/check.ts';
import type { DecodedView } from '../logic/view.ts';
import type { ProfileOutcome, ProfileRequest } from '../profile/protocol.ts';

/** What the page asks the decoder worker. */
export type DecoderRequest = { id: number; op: 'decode'; text: string } | { id: number; op: 'check'; request: CheckRequest } | { id: number; op: 'profile'; request: ProfileRequest };

export type DecoderResponse = { id: number; ok: true; result: DecodedView | CheckOutcome | ProfileOutcome } | { id: number; ok: false; error: string };
