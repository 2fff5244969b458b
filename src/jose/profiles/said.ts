/**
 * Params for profile and best-practice messages that quote another engine value: a finding (its
 * code and params, so a UI words it with its finding table), where a key came from, and a key as
 * describeKey words it.
 */
import type { Finding, JoseError, MessageParams } from '../lib/errors.ts';
import type { KeyProvenance } from '../jwk/provenance.ts';
import type { JoseKey } from '../jwk/types.ts';
import { describeKey } from '../jwk/import.ts';
import { say, type Said } from './check.ts';

/** A finding's message as a check's message: code "finding", params { finding: its code, ...its params }. */
export function findingSaid(finding: Pick<Finding, 'code' | 'message' | 'params'>): Said {
  return say('finding', finding.message, { ...finding.params, finding: finding.code });
}

/** Where the key came from: `label` is the English phrase; source, url, kid, anchor let a UI word it. */
export function provenanceParams(p: KeyProvenance): MessageParams {
  const out: Record<string, string | boolean> = { source: p.source, label: p.label, trusted: p.trusted };
  if (p.source === 'jwks-url') {
    out.url = p.url;
    if (p.kid !== undefined) out.kid = p.kid;
  }
  if (p.source === 'x5c' && p.anchor !== undefined) out.anchor = p.anchor;
  return out;
}

/** A key as describeKey words it ("a 32-byte shared secret"), with the facts to word it otherwise. */
export function keyParams(key: JoseKey): MessageParams {
  const out: Record<string, string | number> = { key: describeKey(key), keyType: key.type, kty: key.kty, bits: key.bits };
  if (key.crv !== undefined) out.crv = key.crv;
  if (key.alg !== undefined) out.keyAlg = key.alg;
  return out;
}

/** A reading problem's message (InspectProblem) as a check's message: code "problem", params { problem: its code, ...its params }. */
export function problemSaid(problem: { code: string; message: string; params?: MessageParams | undefined }): Said {
  return say('problem', problem.message, { ...problem.params, problem: problem.code });
}

/** A JoseError's message as a check's message: code "error", params { error: its code, ...its params }. */
export function errorSaid(error: Pick<JoseError, 'code' | 'message' | 'params'>): Said {
  return say('error', error.message, { ...error.params, error: error.code });
}
