import type { ReactNode } from 'react';
import type { JsonObject } from '../../../jose/index.ts';
import type { CheckOutcome } from '../logic/check.ts';
import type { DecodedView } from '../logic/view.ts';
import type { PartySelection } from '../hooks/useParty.ts';
import { DisclosuresRegion } from '../sd-jwt/DisclosuresRegion.tsx';
import { ProfileRegions } from '../profile/index.tsx';
import type { PracticesOutcome } from '../profile/protocol.ts';
import { ClaimsTable } from './ClaimsTable.tsx';
import { HeaderRegion, PayloadRegion } from './DecodedRegions.tsx';
import { HeaderParams } from './HeaderParams.tsx';
import { Parties } from './Parties.tsx';
import { useT } from '../../../lib/i18n/index.ts';

const NO_SOURCES: Record<string, string> = {};
export const card = 'flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900';

export interface DecodedRegionsColumnProps {
  view: DecodedView | undefined;
  stale: boolean;
  token: string;
  outcome: CheckOutcome | undefined;
  checkPending: boolean;
  party: PartySelection;
  claims: JsonObject | undefined;
  now: number;
  practices: PracticesOutcome | undefined;
  onOpenInner: (token: string) => void;
  /** The x5c certificates region, under the header. */
  certificates?: ReactNode;
}

/** The right-hand column of Decode: what the token holds (header, payload, disclosures, parties, claims, profile, header parameters). */
export function DecodedRegionsColumn({ view, stale, token, outcome, checkPending, party, claims, now, practices, onOpenInner, certificates }: DecodedRegionsColumnProps) {
  const t = useT();
  const claimSources = (view?.kind === 'JWE' ? outcome?.decrypted?.claimSources : view?.claimSources) ?? NO_SOURCES;
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <HeaderRegion view={view} {...(party.choice ? { choice: party.choice } : {})} />
      {certificates}
      <PayloadRegion view={view} outcome={outcome} onOpenInner={onOpenInner} />
      {view?.kind === 'SD-JWT' && <DisclosuresRegion report={outcome?.sdJwt} pending={checkPending} />}
      {party.list && <Parties {...party.list} {...(outcome?.parties ? { verdicts: outcome.parties } : {})} selected={party.selected} onSelect={party.select} />}
      {claims && (
        <section className={card}>
          <h2 id="claims-title" className="text-sm font-semibold">{t('decode.claimsExplained')}</h2>
          <ClaimsTable claims={claims} sources={claimSources} now={now} total={claims === view?.claims ? view?.claimCount : undefined} />
        </section>
      )}
      <ProfileRegions view={view} stale={stale} token={token} claims={claims} practices={practices} />
      {view?.header && (
        <section className={card}>
          <h2 id="params-title" className="text-sm font-semibold">{t('decode.paramsExplained')}</h2>
          <HeaderParams header={party.header ?? outcome?.decrypted?.header ?? view.header} sources={party.index ? NO_SOURCES : view.headerSources} />
        </section>
      )}
    </div>
  );
}
