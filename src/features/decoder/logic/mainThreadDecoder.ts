/**
 * What the Decode screen runs on the main thread once there is a token: the engine's reader behind
 * decodeView (parsing, segments, claims and header checks — ~20 KB gzipped) and the Edit in Encode
 * action that reads the token again. One lazily loaded chunk (hooks/useMainThreadDecoder.ts), so
 * the first load carries none of it.
 */
export { decodeView } from './view.ts';
export { editInEncodeAction } from './editInEncode.ts';
