/**
 * The token session worker's whole API: what Decode asks and what Learn asks, in one worker so a
 * token is read once for both (lib/token-session). Composed here because only the app may import
 * both screens; each screen calls the worker with its own part's type.
 */
import { decoderSessionApi, type DecoderSessionApi } from '../../features/decoder/worker/decoderSessionApi.ts';
import { learnSessionApi, type LearnSessionApi } from '../../features/learn/worker/learnSessionApi.ts';

export const sessionApi: DecoderSessionApi & LearnSessionApi = { ...decoderSessionApi, ...learnSessionApi };
