import type { Bytes } from '../lib/bytes.ts';
import type { TraceValue } from '../lib/trace.ts';

/** Shorthands for trace values, so the steps read as the RFC's lists of intermediate values. */
export const bytesValue = (name: string, label: string, bytes: Bytes): TraceValue => ({ name, label, bytes });
export const textValue = (name: string, label: string, text: string): TraceValue => ({ name, label, text });
