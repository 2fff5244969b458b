import { useState } from 'react';
import { useWorkspace } from '../../lib/workspace.tsx';
import { FindingsList } from '../../components/FindingsList.tsx';
import { Icon } from '../../components/Icon.tsx';
import { ReplacedNotice } from '../../components/ReplacedNotice.tsx';
import { Classification } from './components/Classification.tsx';
import { card, DecodedRegionsColumn } from './components/DecodedRegionsColumn.tsx';
import { DecoderToolbar } from './components/DecoderToolbar.tsx';
import { DecoderKeyField } from './components/DecoderKeyField.tsx';
import { ResultStatus } from './components/ResultStatus.tsx';
import { TokenInput } from './components/TokenInput.tsx';
import { useDecodedView, useNow } from './hooks/useDecoder.ts';
import { useMainThreadDecoder } from './hooks/useMainThreadDecoder.ts';
import { useNestedToken } from './hooks/useNestedToken.ts';
import { useParty } from './hooks/useParty.ts';
import { useViewCheck } from './hooks/useViewCheck.ts';
import { DEFAULT_MAX_PBES2_COUNT } from './logic/limits.ts';
import { mergeFindings } from './logic/mergeFindings.ts';
import { verdict } from './logic/result.ts';
import { FetchKeys, KeyProvenance, useProfilePractices } from './profile/index.tsx';
import { CertificatesRegion, keyTrustTone, leafCheckFindings, useCertificates } from './x5c/index.tsx';
import { useT } from '../../lib/i18n/index.ts';

/**
 * The Decode screen: paste a token and a key, see what the token is and why, its segments, header,
 * payload and claims explained, and one verdict with the precise reason. Decoding runs as you type
 * (in the token session worker for large tokens); verify and decrypt always run in the worker.
 */
export function DecodePage() {
  const t = useT();
  const { decoder, updateDecoder, replaceDecoder, replacedDecoder, restoreDecoder, dismissReplaced, setEncoderHandoff, setTab } = useWorkspace();
  const { token, keyText, keyEncoding } = decoder;
  const [maxPbes2Count, setMaxPbes2Count] = useState(DEFAULT_MAX_PBES2_COUNT);
  const now = useNow();
  const { view, stale, error: decodeError } = useDecodedView(token);
  const x5c = useCertificates(view, stale, keyText);
  // The Key input first; else the x5c leaf, once its chain reaches a pasted root or the person opts in.
  const checkKey = keyText.trim() !== '' ? keyText : (x5c.leafKeyText ?? keyText);
  const { request, check, unsecured } = useViewCheck(view, stale, token, checkKey, keyEncoding, maxPbes2Count);
  const outcome = request ? check.outcome : undefined;
  // An SD-JWT's claims are explained as processed: disclosed claims in place, digests removed.
  const claims = view?.kind === 'JWE' ? outcome?.decrypted?.claims : (outcome?.sdJwt?.claims ?? view?.claims);
  const result = verdict({ view, stale, hasKey: checkKey.trim() !== '', unsecured, check: request ? check : { pending: false }, ...(claims ? { claims } : {}), now });
  const findings = mergeFindings(view?.findings, leafCheckFindings(outcome?.findings, checkKey !== keyText));
  const party = useParty(token, view, outcome);
  const practices = useProfilePractices(view, stale, token, keyText, keyEncoding, x5c.trust);
  const nested = useNestedToken(token, updateDecoder);
  // The view comes from the main-thread decoder, so with a view the decoder is there (undefined: nothing to edit yet).
  const editInEncode = useMainThreadDecoder()?.editInEncodeAction(view, token, outcome, (edit) => {
    setEncoderHandoff({ from: 'Decode', keyText, keyEncoding, token: edit });
    setTab('encode');
  });

  return (
    <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div className="flex min-w-0 flex-col gap-3">
        <DecoderToolbar token={token} view={view} keyText={keyText} onLoad={(input, from) => (nested.forget(), replaceDecoder(input, from))} onEditInEncode={editInEncode} />
        {replacedDecoder && <ReplacedNotice from={replacedDecoder.from} what="token and key" onRestore={restoreDecoder} onDismiss={dismissReplaced} />}
        {nested.nested && (
          <button type="button" onClick={nested.back} className="self-start rounded border border-slate-300 px-2 py-0.5 text-sm dark:border-slate-600">
            <Icon name="arrow-left" /> {t('decode.backOuter')}
          </button>
        )}
        <TokenInput token={token} onChange={(t) => updateDecoder({ token: t })} view={view} stale={stale} />
        {decodeError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">The token could not be decoded: {decodeError}</p>}
        {view && token.trim() !== '' && <Classification view={view} />}
        <DecoderKeyField keyText={keyText} encoding={keyEncoding} onChange={(patch) => updateDecoder(patch)} {...(outcome?.key && checkKey === keyText ? { description: outcome.key } : {})} findings={checkKey === keyText ? (outcome?.key?.findings ?? []) : []} />
        <FetchKeys onKeys={(text) => updateDecoder({ keyText: text })} />
        <ResultStatus verdict={keyTrustTone(result, practices?.provenance)} detail={<KeyProvenance provenance={practices?.provenance} />}>
          {outcome?.limit && (
            <button type="button" onClick={() => setMaxPbes2Count(Math.max(outcome.limit!.value, maxPbes2Count))} className="mt-2 rounded border border-current px-2 py-0.5 text-sm">
              {t('decode.raiseCap', { member: outcome.limit.member, n: outcome.limit.value })}
            </button>
          )}
        </ResultStatus>
        <section className={card}>
          <h2 id="findings-title" className="text-sm font-semibold">{t('findings.label')}</h2>
          {findings.length ? <FindingsList findings={findings} /> : <p className="text-sm text-slate-600 dark:text-slate-400">{t('decode.findings.none')}</p>}
        </section>
      </div>
      <DecodedRegionsColumn view={view} stale={stale} token={token} outcome={outcome} checkPending={check.pending} party={party} claims={claims} now={now} practices={practices} onOpenInner={nested.openInner} certificates={<CertificatesRegion region={x5c.region} now={now} />} />
    </div>
  );
}
