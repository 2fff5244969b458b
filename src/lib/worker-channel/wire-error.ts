/**
 * Errors as data, so they cross postMessage with what callers read from them: a JoseError's stable
 * `code` and `details` (Comlink would keep only name, message and stack).
 */
import { JoseError, type JoseErrorCode, type SegmentName } from '../../jose/index.ts';

export interface WireError {
  name: string;
  message: string;
  code?: string;
  details?: unknown;
  segment?: string;
  offset?: number;
  step?: string;
}

export function toWireError(error: unknown): WireError {
  if (error instanceof Error) {
    const { code, details, segment, offset, step } = error as Error & { code?: unknown; details?: unknown; segment?: unknown; offset?: unknown; step?: unknown };
    return {
      name: error.name,
      message: error.message,
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof segment === 'string' ? { segment } : {}),
      ...(typeof offset === 'number' ? { offset } : {}),
      ...(typeof step === 'string' ? { step } : {}),
      ...(details !== undefined ? { details: structuredCloneable(details) } : {}),
    };
  }
  return { name: 'Error', message: String(error) };
}

function structuredCloneable(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return undefined;
  }
}

/** A JoseError again when it was one; otherwise an Error with the same name and message. */
export function reviveWireError(error: WireError): Error {
  if (!error || typeof error !== 'object' || typeof error.message !== 'string') return new Error(String(error));
  if (error.name === 'JoseError' && error.code) {
    return new JoseError(error.code as JoseErrorCode, error.message, {
      ...(error.details !== undefined ? { details: error.details as Record<string, unknown> } : {}),
      ...(error.segment !== undefined ? { segment: error.segment as SegmentName } : {}),
      ...(error.offset !== undefined ? { offset: error.offset } : {}),
      ...(error.step !== undefined ? { step: error.step } : {}),
    });
  }
  const revived = new Error(error.message);
  revived.name = error.name;
  return revived;
}
