import type { DecodedView } from './view.ts';

/**
 * decodeView('') without the engine's reader: the Decode screen's first render shows the empty
 * token's prompt before the main-thread decoder (hooks/useMainThreadDecoder.ts) has arrived.
 * emptyView.test.ts keeps it equal to what decodeView says.
 */
export const EMPTY_VIEW: DecodedView = {
  inputLength: 0,
  kind: 'not-a-token',
  reason: 'There is no text to read',
  classification: { facts: { form: 'empty' } },
  start: 0,
  end: 0,
  notices: [],
  segments: [],
  problems: [{ code: 'EMPTY', blocking: true, message: 'The token is empty', offset: 0, length: 0, segment: 'token' }],
  findings: [],
  headerSources: {},
  payload: { mode: 'none', text: '' },
  claimSources: {},
  wellFormed: false,
};
