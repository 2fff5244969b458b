import { isJoseError } from '../../../jose/index.ts';
import type { ProblemError, ProvenanceView } from './protocol.ts';

export function messageOf(error: unknown): string {
  return isJoseError(error) ? error.message : String((error as Error)?.message ?? error);
}

/** Why verify or decrypt failed with the key from that source: the engine's sentence, and its code and parameters for another language (plain data: they cross the worker boundary). */
export function problemOf(error: unknown): Pick<ProvenanceView, 'problem' | 'problemError'> {
  if (!isJoseError(error)) return { problem: messageOf(error) };
  const params: ProblemError['params'] = error.params ? { ...error.params } : undefined;
  return { problem: error.message, problemError: { code: error.code, message: error.message, ...(params ? { params } : {}) } };
}
