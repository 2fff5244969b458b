import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useWorkspace } from '../../lib/workspace.tsx';
import { FindingsList } from '../../components/FindingsList.tsx';
import type { Finding } from '../../jose/index.ts';
import type { CheckRequest } from './logic/check.ts';
import { ClaimsTable } from './components/ClaimsTable.tsx';
import { Classification } from './components/Classification.tsx';
import { HeaderRegion, PayloadRegion } from './components/DecodedRegions.tsx';
import { DecoderToolbar } from './components/DecoderToolbar.tsx';
import { editInEncodeAction } from './logic/editInEncode.ts';
import { Icon } from '../../components/Icon.tsx';
import { ReplacedNotice } from '../../components/ReplacedNotice.tsx';
import { HeaderParams } from './components/HeaderParams.tsx';
import { KeyInput } from './components/KeyInput.tsx';
import { Parties } from './components/Parties.tsx';
import { useParty } from './hooks/useParty.ts';
import { isUnsecuredToken, verdict } from './logic/result.ts';
import { ResultStatus } from './components/ResultStatus.tsx';
import { TokenInput } from './components/TokenInput.tsx';
import { tokenText } from './logic/view.ts';
import { useCheck, useDecodedView, useNow } from './hooks/useDecoder.ts';
import { DisclosuresRegion } from './sd-jwt/DisclosuresRegion.tsx';
import { DEFAULT_MAX_PBES2_COUNT } from './logic/limits.ts';
import { FetchKeys, KeyProvenance, ProfileRegions, useProfilePractices } from './profile/index.tsx';
import { CertificatesRegion, keyTrustTone, leafCheckFindings, useCertificates } from './x5c/index.tsx';

const NO_SOURCES: Record<string, string> = {};
const card = 'flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900';

/** Findings of the token, the key and the check, each once. */
function mergeFindings(...lists: (readonly Finding[] | undefined)[]): Finding[] {
  const out: Finding[] = [];
  const codes = new Set<string>();
  for (const list of lists) {
    const mine = new Set<string>();
    for (const f of list ?? []) {
      // Within one list a code may repeat (two claims of the wrong type); across lists it is the same finding.
      if (codes.has(f.code) && !mine.has(f.code)) continue;
      mine.add(f.code);
      out.push(f);
    }
    for (const c of mine) codes.add(c);
  }
  return out;
}

/**
 * The Decode screen: paste a token and a key, see what the token is and why, its segments, header,
 * payload and claims explained, and one verdict with the precise reason. Decoding runs as you type
 * (in a worker for large tokens); verify and decrypt always run in the worker.
 */
export function DecodePage() {
  const { decoder, updateDecoder, replaceDecoder, replacedDecoder, restoreDecoder, dismissReplaced, setEncoderHandoff, setTab } = useWorkspace();
  const { token, keyText, keyEncoding } = decoder;
  const [maxPbes2Count, setMaxPbes2Count] = useState(DEFAULT_MAX_PBES2_COUNT);
  const [outer, setOuter] = useState<string[]>([]);
  const now = useNow();
  const { view, stale, error: decodeError } = useDecodedView(token);
  const unsecured = view ? isUnsecuredToken(view) : false;
  const x5c = useCertificates(view, stale, keyText);
  // The Key input first; else the x5c leaf, once its chain reaches a pasted root or the person opts in.
  const checkKey = keyText.trim() !== '' ? keyText : (x5c.leafKeyText ?? keyText);

  const request = useMemo<CheckRequest | undefined>(() => {
    // An SD-JWT is checked even without a key: the Disclosures region shows every digest it can.
    if (!view || stale || !view.wellFormed || !view.structure || unsecured || (checkKey.trim() === '' && view.kind !== 'SD-JWT')) return undefined;
    return { token: tokenText(view, token), kind: view.structure, ...(view.kind === 'SD-JWT' ? { sdJwt: true } : {}), ...(view.header ? { header: view.header } : {}), keyText: checkKey, encoding: keyEncoding, maxPbes2Count };
  }, [view, stale, unsecured, token, checkKey, keyEncoding, maxPbes2Count]);
  const check = useCheck(request);
  const outcome = request ? check.outcome : undefined;
  // An SD-JWT's claims are explained as processed: disclosed claims in place, digests removed.
  const claims = view?.kind === 'JWE' ? outcome?.decrypted?.claims : (outcome?.sdJwt?.claims ?? view?.claims);
  const result = verdict({ view, stale, hasKey: checkKey.trim() !== '', unsecured, check: request ? check : { pending: false }, ...(claims ? { claims } : {}), now });
  const claimSources = (view?.kind === 'JWE' ? outcome?.decrypted?.claimSources : view?.claimSources) ?? NO_SOURCES;
  const findings = mergeFindings(view?.findings, leafCheckFindings(outcome?.findings, checkKey !== keyText));
  const party = useParty(token, view, outcome);
  const practices = useProfilePractices(view, stale, token, keyText, keyEncoding, x5c.trust);

  // The token through a ref, so the payload view is not re-rendered on every keystroke.
  const tokenRef = useRef(token);
  useEffect(() => {
    tokenRef.current = token;
  });
  const openInner = useCallback(
    (inner: string) => {
      const current = tokenRef.current;
      setOuter((stack) => [...stack, current]);
      updateDecoder({ token: inner });
    },
    [updateDecoder],
  );
  const back = () => {
    const previous = outer[outer.length - 1];
    if (previous === undefined) return;
    setOuter((stack) => stack.slice(0, -1));
    updateDecoder({ token: previous });
  };

  return (
    <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div className="flex min-w-0 flex-col gap-3">
        <DecoderToolbar
          token={token}
          view={view}
          keyText={keyText}
          onLoad={(input, from) => { setOuter([]); replaceDecoder(input, from); }}
          onEditInEncode={editInEncodeAction(view, token, outcome, (edit) => { setEncoderHandoff({ from: 'Decode', keyText, keyEncoding, token: edit }); setTab('encode'); })}
        />
        {replacedDecoder && <ReplacedNotice from={replacedDecoder.from} what="token and key" onRestore={restoreDecoder} onDismiss={dismissReplaced} />}
        {outer.length > 0 && (
          <button type="button" onClick={back} className="self-start rounded border border-slate-300 px-2 py-0.5 text-sm dark:border-slate-600">
            <Icon name="arrow-left" /> Back to the outer token
          </button>
        )}
        <TokenInput token={token} onChange={(t) => updateDecoder({ token: t })} view={view} stale={stale} />
        {decodeError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">The token could not be decoded: {decodeError}</p>}
        {view && token.trim() !== '' && <Classification view={view} />}
        <KeyInput
          keyText={keyText}
          encoding={keyEncoding}
          onChange={(patch) => updateDecoder(patch)}
          {...(outcome?.key && checkKey === keyText ? { description: outcome.key.description } : {})}
          findings={checkKey === keyText ? (outcome?.key?.findings ?? []) : []}
        />
        <FetchKeys onKeys={(text) => updateDecoder({ keyText: text })} />
        <ResultStatus verdict={keyTrustTone(result, practices?.provenance)} detail={<KeyProvenance provenance={practices?.provenance} />}>
          {outcome?.limit && (
            <button
              type="button"
              onClick={() => setMaxPbes2Count(Math.max(outcome.limit!.value, maxPbes2Count))}
              className="mt-2 rounded border border-current px-2 py-0.5 text-sm"
            >
              Raise the {outcome.limit.member} cap to {outcome.limit.value.toLocaleString('en')} and decrypt
            </button>
          )}
        </ResultStatus>
        <section className={card}>
          <h2 id="findings-title" className="text-sm font-semibold">Findings</h2>
          {findings.length ? <FindingsList findings={findings} /> : <p className="text-sm text-slate-600 dark:text-slate-400">Nothing to report.</p>}
        </section>
      </div>
      <div className="flex min-w-0 flex-col gap-3">
        <HeaderRegion view={view} {...(party.choice ? { choice: party.choice } : {})} />
        <CertificatesRegion region={x5c.region} now={now} />
        <PayloadRegion view={view} outcome={outcome} onOpenInner={openInner} />
        {view?.kind === 'SD-JWT' && <DisclosuresRegion report={outcome?.sdJwt} pending={check.pending} />}
        {party.list && <Parties {...party.list} {...(outcome?.parties ? { verdicts: outcome.parties } : {})} selected={party.selected} onSelect={party.select} />}
        {claims && (
          <section className={card}>
            <h2 id="claims-title" className="text-sm font-semibold">Claims explained</h2>
            <ClaimsTable claims={claims} sources={claimSources} now={now} />
          </section>
        )}
        <ProfileRegions view={view} stale={stale} token={token} claims={claims} practices={practices} />
        {view?.header && (
          <section className={card}>
            <h2 id="params-title" className="text-sm font-semibold">Header parameters explained</h2>
            <HeaderParams header={party.header ?? outcome?.decrypted?.header ?? view.header} sources={party.index ? NO_SOURCES : view.headerSources} />
          </section>
        )}
      </div>
    </div>
  );
}
