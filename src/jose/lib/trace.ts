import type { Bytes } from './bytes.ts';

/**
 * What the Learn screen shows: each step of sign / verify / encrypt / decrypt with its real values.
 * The caller passes an empty Trace in the options and the engine fills it as it goes, so when an
 * operation throws, the steps up to the failure are still there, the failing one marked 'failed'.
 */
export interface TraceValue {
  /** A stable name the UI can key on: "signingInput", "cek", "tag.computed", "kdf.otherInfo.partyUInfo". */
  name: string;
  /** Human label: "Signing input (ASCII)". */
  label: string;
  bytes?: Bytes;
  /** For values that are text or numbers rather than bytes (an alg name, an iteration count). */
  text?: string;
}

/** One step of a traced operation: its title, RFC section and the values it produced. */
export interface TraceStep {
  /** Stable id: "split", "header", "payload", "signing-input", "digest", "compare", "verdict", "cek", ... */
  id: string;
  title: string;
  /** RFC section explaining the step, e.g. "RFC 7515 §5.2". */
  ref?: string;
  values: TraceValue[];
  status: 'ok' | 'failed';
  /** Why the step failed, in plain words. */
  error?: string;
}

/** Every step of a sign, verify, encrypt or decrypt run with the `trace` option (see createTrace). */
export interface Trace {
  operation: 'sign' | 'verify' | 'encrypt' | 'decrypt';
  steps: TraceStep[];
  /**
   * Teaching only: let the trace say whether an RSA1_5 key unwrap failed its padding or length
   * check (and so continued with a random CEK). Off by default: a trace that tells a padding
   * failure from a wrong tag is a padding oracle (Bleichenbacher, RFC 7516 §11.5) for whoever
   * reads it, for example a service that logs or returns traces.
   */
  revealPaddingChecks?: boolean;
}

/** Options of createTrace. */
export interface CreateTraceOptions {
  /** See Trace.revealPaddingChecks: only where a person explicitly asks to see why a padding check failed. */
  revealPaddingChecks?: boolean;
}

/**
 * An empty trace to pass as the `trace` option of sign, verify, encrypt or decrypt; it fills with every intermediate value.
 *
 * @example
 * const trace = createTrace('verify');
 * await verify(token, key, { trace });
 * trace.steps.map((s) => s.title); // ['Decode the JWS Protected Header', …]
 * const lesson = createTrace('decrypt', { revealPaddingChecks: true }); // teaching views only
 */
export function createTrace(operation: Trace['operation'], options: CreateTraceOptions = {}): Trace {
  return { operation, steps: [], ...(options.revealPaddingChecks ? { revealPaddingChecks: true } : {}) };
}

/** Shorthands for trace values, so the steps read as the RFC's lists of intermediate values. */
export const bytesValue = (name: string, label: string, bytes: Bytes): TraceValue => ({ name, label, bytes });
export const textValue = (name: string, label: string, text: string): TraceValue => ({ name, label, text });

/** Adds a step when a trace is being collected; a no-op otherwise, so the hot path stays cheap. */
export function traceStep(trace: Trace | undefined, step: Omit<TraceStep, 'status'> & { status?: TraceStep['status'] }): void {
  if (trace) trace.steps.push({ status: 'ok', ...step });
}

/** Marks the operation as failed at a step (adding it when it is not there yet). */
export function traceFailure(trace: Trace | undefined, id: string, title: string, error: string, values: TraceValue[] = []): void {
  if (!trace) return;
  const existing = trace.steps.find((s) => s.id === id);
  if (existing) {
    // A step that already said why it failed keeps its own, more specific reason.
    if (existing.status !== 'failed' || !existing.error) existing.error = error;
    existing.status = 'failed';
    existing.values.push(...values);
  } else {
    trace.steps.push({ id, title, values, status: 'failed', error });
  }
}
