/**
 * How the command line fails: one error type with a stable code, the exit status it means, and where
 * in the input the problem is — the same four fields `--json` prints as { "error": { … } }.
 */
import { isJoseError, type SegmentName } from '../jose/index.ts';

/** 0: verified / done; 1: the signature, decryption or claims failed; 2: bad input or usage. */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Codes of the CLI's own errors; the engine's JoseError codes (ERR_MALFORMED …) pass through as they are. */
export type CliErrorCode = 'ERR_USAGE' | 'ERR_INPUT' | 'ERR_FETCH' | 'ERR_INTERNAL';

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: CliErrorCode | string,
    message: string,
    readonly exit: ExitCode = EXIT.badInput,
    readonly segment?: SegmentName | string,
    readonly offset?: number,
  ) {
    super(message);
  }
}

export interface ErrorDocument {
  error: { code: string; message: string; segment: string | null; offset: number | null };
}

/** Any thrown value as the JSON error shape; engine errors keep their code, segment and offset. */
export function errorDocument(error: unknown): ErrorDocument {
  if (error instanceof CliError || isJoseError(error)) {
    return { error: { code: error.code, message: error.message, segment: error.segment ?? null, offset: error.offset ?? null } };
  }
  return { error: { code: 'ERR_INTERNAL', message: String((error as Error)?.message ?? error), segment: null, offset: null } };
}

/** A usage mistake (unknown option, missing argument): exit 2, with the command's name in the message. */
export function usage(message: string): CliError {
  return new CliError('ERR_USAGE', message);
}
