import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer, useState } from 'react';
import { useWorkspace } from '../../lib/workspace.tsx';
import { ReplacedNotice } from '../../components/ReplacedNotice.tsx';
import { CodeEditor } from '../../editor/CodeEditor.tsx';
import { isJoseError, thumbprint } from '../../jose/index.ts';
import { algLabel, isEncryptAlg, keyChoices, SIGN_ALGS, usesKeyPair, type SignAlg } from './algorithms.ts';
import { ClaimHelpers, DateNotes } from './ClaimTools.tsx';
import type { EncodeInput } from './encode.ts';
import { ExtraKeys } from './ExtraKeys.tsx';
import { algFindings } from './findings.ts';
import { GeneratedKey } from './GeneratedKey.tsx';
import { readKey } from './keyInput.ts';
import { buttonClass, KeyField, selectClass } from './KeyField.tsx';
import { AlgorithmFields, EncodeOptions } from './Options.tsx';
import { OutputPanel } from './OutputPanel.tsx';
import { encodeQuery } from './queries.ts';
import { encoderReducer, initialState, selectedAlgorithms } from './state.ts';
import { numericDate } from './claims.ts';
import { useGenerateKey } from './useGenerate.ts';
import { SdJwtPanel } from './sd-jwt/SdJwtPanel.tsx';
import { ProfileTemplates } from './profile/ProfileTemplates.tsx';

const REPLACED_BY = {
  Decode: 'The token from Decode (its header and payload exactly as encoded, and its key)',
  Keys: 'The key from the Keys screen',
  Template: 'The template',
} as const;

/** The Encode screen: header + claims + key -> a signed or encrypted token, live. */
export function EncodePage() {
  const [state, dispatch] = useReducer(encoderReducer, undefined, () => initialState(numericDate(Date.now())));
  const { alg, enc, problem } = selectedAlgorithms(state);
  const jwe = isEncryptAlg(alg);
  const workspace = useWorkspace();
  const { encoderHandoff, setEncoderHandoff, setEncoderTrace, replaceDecoder, setTab, setLearnSource } = workspace;

  // A key from the Keys screen, or a token from Decode ("Edit in Encode"), lands here once; what
  // the person had stays restorable.
  useEffect(() => {
    if (!encoderHandoff) return;
    dispatch({ type: 'handoff', handoff: encoderHandoff });
    setEncoderHandoff(null);
  }, [encoderHandoff, setEncoderHandoff]);

  const input: EncodeInput = useMemo(
    () => ({
      headerText: state.headerText,
      claimsText: state.claimsText,
      payloadType: state.payloadType,
      minify: state.minify,
      key: state.key,
      ...(state.generated && jwe ? { companion: state.generated.privateJwk } : {}),
      serialization: state.serialization,
      ...(state.nested.enabled && jwe ? { nested: { alg: state.nested.alg, key: state.nested.key } } : {}),
      extra: state.serialization === 'general' ? state.extra : [],
    }),
    [state, jwe],
  );
  const query = useQuery(encodeQuery(input));
  const result = query.data;
  const pending = query.isPending || query.isFetching;

  useEffect(() => {
    if (result?.ok) setEncoderTrace({ token: result.token, trace: result.trace });
  }, [result, setEncoderTrace]);

  const choices = keyChoices(alg);
  const [choice, setChoice] = useState<Record<string, string>>({});
  const choiceValue = choices ? (choice[choices.kind + alg] ?? String(choices.values[0])) : undefined;
  const generate = useGenerateKey((outcome) =>
    dispatch({ type: 'generated', generated: outcome.generated, keyText: outcome.keyText, encoding: 'utf8' }),
  );
  const generateInner = useGenerateKey((outcome) => dispatch({ type: 'nested', patch: { key: { text: outcome.keyText, encoding: 'utf8' } } }));
  const [kidError, setKidError] = useState('');

  const setKidFromThumbprint = async () => {
    try {
      const read = await readKey(state.key, alg, undefined);
      dispatch({ type: 'headerMember', name: 'kid', value: await thumbprint(read.key) });
      setKidError('');
    } catch (error) {
      setKidError(isJoseError(error) || error instanceof Error ? error.message : String(error));
    }
  };

  const openInDecode = () => {
    if (!result?.ok) return;
    replaceDecoder({ token: result.token, keyText: result.decodeKey?.keyText ?? '', keyEncoding: result.decodeKey?.keyEncoding ?? 'utf8' }, 'The encoder');
    setTab('decode');
  };
  const explain = () => {
    if (!result?.ok) return;
    setEncoderTrace({ token: result.token, trace: result.trace });
    setLearnSource('encoder');
    setTab('learn');
  };

  // Findings that need no crypto show even while the key is missing.
  const findings = result ? result.findings : algFindings(alg, undefined);

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
      {state.replaced && (
        <div className="lg:col-span-2">
          <ReplacedNotice
            from={REPLACED_BY[state.replaced.from]}
            what="header, claims and key"
            onRestore={() => dispatch({ type: 'restore' })}
            onDismiss={() => dispatch({ type: 'dismissReplaced' })}
          />
        </div>
      )}
      <div className="flex min-w-0 flex-col gap-3">
        <AlgorithmFields alg={alg} enc={enc} problem={problem} dispatch={dispatch} />
        <EncodeOptions state={state} alg={alg} dispatch={dispatch} />
        <div className="flex flex-col gap-1">
          <span className="text-sm font-medium" aria-hidden="true">
            Protected header
          </span>
          <CodeEditor ariaLabel="Protected header" language="json" value={state.headerText} onChange={(text) => dispatch({ type: 'header', text })} height={130} />
        </div>
        <div className="flex flex-col gap-1">
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span className="font-medium" aria-hidden="true">
              Claims
            </span>
            <div role="radiogroup" aria-label="Payload type" className="flex items-center gap-2">
              {(['json', 'text'] as const).map((t) => (
                <label key={t} className="flex items-center gap-1">
                  <input type="radio" name="encoder-payload-type" checked={state.payloadType === t} onChange={() => dispatch({ type: 'payloadType', payloadType: t })} />
                  {t === 'json' ? 'JSON' : 'Text'}
                </label>
              ))}
            </div>
          </div>
          <CodeEditor
            ariaLabel="Claims"
            language={state.payloadType === 'json' ? 'json' : 'plaintext'}
            value={state.claimsText}
            onChange={(text) => dispatch({ type: 'claims', text })}
            height={220}
          />
          <DateNotes claimsText={state.payloadType === 'json' ? state.claimsText : '{}'} />
          <ClaimHelpers onClaim={(name, value) => dispatch({ type: 'claim', name, value })} onTemplate={(id) => dispatch({ type: 'template', id, now: numericDate(Date.now()) })} />
        </div>
      </div>

      <div className="flex min-w-0 flex-col gap-3">
        {alg === 'none' ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">alg "none" takes no key.</p>
        ) : (
          <KeyField
            label="Encoding key"
            entry={state.key}
            kids={result?.kids}
            onChange={(patch) => dispatch({ type: 'key', patch })}
            placeholder={jwe && usesKeyPair(alg) ? "The recipient's public key (a private key works too): PEM, certificate, JWK or JWKS" : undefined}
          >
            {choices && (
              <label className="flex items-center gap-1">
                <span>{choices.kind === 'size' ? 'Key size' : 'Curve'}</span>
                <select className={selectClass} value={choiceValue} onChange={(e) => setChoice({ ...choice, [choices.kind + alg]: e.target.value })}>
                  {choices.values.map((v) => (
                    <option key={v} value={String(v)}>
                      {choices.kind === 'size' ? `${v} bits` : v}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button
              type="button"
              className={buttonClass}
              disabled={generate.isPending}
              onClick={() =>
                generate.mutate({
                  alg,
                  enc,
                  ...(choices?.kind === 'size' ? { size: Number(choiceValue) } : {}),
                  ...(choices?.kind === 'curve' ? { crv: choiceValue! } : {}),
                })
              }
            >
              {generate.isPending ? 'Generating…' : 'Generate key'}
            </button>
            <button type="button" className={buttonClass} disabled={!state.key.text.trim()} onClick={() => void setKidFromThumbprint()}>
              Set kid to thumbprint
            </button>
          </KeyField>
        )}
        {result?.keyDescription && <p className="text-sm text-slate-600 dark:text-slate-400">Using {result.keyDescription}.</p>}
        {generate.error && <p className="text-sm text-red-700 dark:text-red-400">Key generation failed: {generate.error.message}</p>}
        {kidError && <p className="text-sm text-red-700 dark:text-red-400">{kidError}</p>}
        {state.generated && <GeneratedKey generated={state.generated} encrypting={jwe} />}
        {!jwe && <ProfileTemplates alg={alg} publicJwk={state.generated?.publicJwk} onApply={(headerText, claimsText) => { dispatch({ type: 'header', text: headerText }); dispatch({ type: 'claims', text: claimsText }); }} />}

        {jwe && state.nested.enabled && (
          <div className="flex flex-col gap-2 rounded-md border border-slate-300 p-2 dark:border-slate-700">
            <label className="flex items-center gap-2 text-sm font-medium">
              Signing algorithm
              <select className={selectClass} value={state.nested.alg} onChange={(e) => dispatch({ type: 'nested', patch: { alg: e.target.value as SignAlg } })}>
                {SIGN_ALGS.map((a) => (
                  <option key={a} value={a}>
                    {algLabel(a)}
                  </option>
                ))}
              </select>
            </label>
            <KeyField label="Signing key" entry={state.nested.key} rows={3} onChange={(patch) => dispatch({ type: 'nested', patch: { key: patch } })}>
              <button type="button" className={buttonClass} disabled={generateInner.isPending} onClick={() => generateInner.mutate({ alg: state.nested.alg, enc })}>
                Generate signing key
              </button>
            </KeyField>
          </div>
        )}

        {state.serialization === 'general' && <ExtraKeys extra={state.extra} jwe={jwe} dispatch={dispatch} />}

        <OutputPanel result={result} pending={pending} findings={findings} onOpenInDecode={openInDecode} onExplain={explain} />
      </div>
      <div className="lg:col-span-2">
        <SdJwtPanel claimsText={state.claimsText} headerText={state.headerText} alg={alg} issuerKey={state.key} onOpenInDecode={(token, key) => { replaceDecoder({ token, ...key }, 'The encoder'); setTab('decode'); }} />
      </div>
    </div>
  );
}
