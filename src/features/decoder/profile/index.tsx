/**
 * The profile part of the Decode screen (issue 16), mounted by DecodePage in three places: the
 * key's provenance inside the Result, "Fetch keys" under the Key input, and the "Profile" and
 * "Best practices" regions. The work runs in the token session worker.
 */
import { useMemo } from 'react';
import type { JsonObject, SecretEncoding } from '../../../jose/index.ts';
import type { DecodedView } from '../logic/view.ts';
import { BestPracticesRegion } from './BestPracticesRegion.tsx';
import { useFetchedKeys } from './fetchedKeys.ts';
import { ProfileRegion } from './ProfileRegion.tsx';
import type { PracticesOutcome, PracticesRequest } from './protocol.ts';
import type { X5cTrust } from '../x5c/protocol.ts';
import { usePractices } from './useProfile.ts';

export { KeyProvenance } from './KeyProvenance.tsx';
export { FetchKeys } from './FetchKeys.tsx';

/** The token text the profile checks read: the one verify gets, when the view is a JWT of some kind. */
export function profileTokenOf(view: DecodedView | undefined, stale: boolean, token: string): string | undefined {
  if (!view || stale || !view.wellFormed || !view.header) return undefined;
  if (view.kind !== 'JWS' && view.kind !== 'JWE' && view.kind !== 'SD-JWT' && view.kind !== 'unsecured') return undefined;
  return token.slice(view.start, view.end);
}

/** bestPractices and the key's provenance for the token and the Key input (shared by the Result and the checklist). */
export function useProfilePractices(view: DecodedView | undefined, stale: boolean, token: string, keyText: string, encoding: SecretEncoding, x5c?: X5cTrust): PracticesOutcome | undefined {
  const fetched = useFetchedKeys();
  const text = profileTokenOf(view, stale, token);
  const fetchedFrom = fetched && fetched.text === keyText ? fetched.url : undefined;
  const header = view?.header;
  const kind = view?.structure;
  const request = useMemo<PracticesRequest | undefined>(
    () => (text === undefined ? undefined : { what: 'practices', token: text, keyText, encoding, ...(kind ? { kind } : {}), ...(fetchedFrom ? { fetchedFrom } : {}), ...(header ? { header } : {}), ...(x5c ? { x5c } : {}) }),
    [text, keyText, encoding, kind, fetchedFrom, header, x5c],
  );
  return usePractices(request);
}

/** The "Profile" and "Best practices" regions. */
export function ProfileRegions({ view, stale, token, claims, practices }: { view: DecodedView | undefined; stale: boolean; token: string; claims: JsonObject | undefined; practices: PracticesOutcome | undefined }) {
  const text = profileTokenOf(view, stale, token);
  if (text === undefined) return null;
  return (
    <>
      <ProfileRegion token={text} claims={view?.kind === 'JWE' ? claims : undefined} />
      <BestPracticesRegion outcome={practices} />
    </>
  );
}
