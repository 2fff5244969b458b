import { useMemo } from 'react';
import type { SecretEncoding } from '../../../jose/index.ts';
import type { CheckRequest } from '../logic/check.ts';
import { isUnsecuredToken } from '../logic/result.ts';
import type { DecodedView } from '../logic/view.ts';
import { tokenText } from '../logic/tokenText.ts';
import { useCheck, type CheckState } from './useDecoder.ts';

export interface ViewCheck {
  /** undefined when there is nothing to check (no key, unsecured, malformed, still decoding). */
  request: CheckRequest | undefined;
  check: CheckState;
  unsecured: boolean;
}

/** Verify or decrypt the decoded token with the Key input, in the token session worker. */
export function useViewCheck(view: DecodedView | undefined, stale: boolean, token: string, keyText: string, encoding: SecretEncoding, maxPbes2Count: number): ViewCheck {
  const unsecured = view ? isUnsecuredToken(view) : false;
  const request = useMemo<CheckRequest | undefined>(() => {
    // An SD-JWT is checked even without a key: the Disclosures region shows every digest it can.
    if (!view || stale || !view.wellFormed || !view.structure || unsecured || (keyText.trim() === '' && view.kind !== 'SD-JWT')) return undefined;
    return { token: tokenText(view, token), kind: view.structure, ...(view.kind === 'SD-JWT' ? { sdJwt: true } : {}), ...(view.header ? { header: view.header } : {}), keyText, encoding, maxPbes2Count };
  }, [view, stale, unsecured, token, keyText, encoding, maxPbes2Count]);
  const check = useCheck(request);
  return { request, check, unsecured };
}
