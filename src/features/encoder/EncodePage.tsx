import { useQuery } from '@tanstack/react-query';
import { useEffect, useReducer, type Dispatch } from 'react';
import { useWorkspace } from '../../lib/workspace.tsx';
import { ReplacedNotice } from '../../components/ReplacedNotice.tsx';
import { isEncryptAlg } from './algorithms.ts';
import { numericDate } from './claims.ts';
import type { SecretEncoding, Trace } from '../../jose/index.ts';
import type { EncodeInput, EncodeResult } from './encode.ts';
import { EncodingKey } from './EncodingKey.tsx';
import { ExtraKeys } from './ExtraKeys.tsx';
import { algFindings } from './findings.ts';
import { GeneratedKey } from './GeneratedKey.tsx';
import { NestedSigning } from './NestedSigning.tsx';
import { AlgorithmFields, EncodeOptions } from './Options.tsx';
import { OutputPanel } from './OutputPanel.tsx';
import { PayloadEditors } from './PayloadEditors.tsx';
import { encodeQuery } from './queries.ts';
import { encoderReducer, initialState, selectedAlgorithms, type EncoderAction, type EncoderState } from './state.ts';
import { SdJwtPanel } from './sd-jwt/SdJwtPanel.tsx';
import { ProfileTemplates } from './profile/ProfileTemplates.tsx';

const REPLACED_BY = {
  Decode: 'The token from Decode (its header and payload exactly as encoded, and its key)',
  Keys: 'The key from the Keys screen',
  Template: 'The template',
} as const;

/** What the worker encodes: the screen's state, with the parts the chosen alg does not use left out. */
function encodeInput(state: EncoderState, jwe: boolean): EncodeInput {
  return {
    headerText: state.headerText,
    claimsText: state.claimsText,
    payloadType: state.payloadType,
    minify: state.minify,
    key: state.key,
    ...(state.generated && jwe ? { companion: state.generated.privateJwk } : {}),
    serialization: state.serialization,
    ...(state.nested.enabled && jwe ? { nested: { alg: state.nested.alg, key: state.nested.key } } : {}),
    extra: state.serialization === 'general' ? state.extra : [],
  };
}

/**
 * The screen's ties to the others: a key from Keys or a token from Decode ("Edit in Encode") lands
 * here once (what the person had stays restorable), and the result goes to Decode or Learn.
 */
function useEncoderHandoffs(dispatch: Dispatch<EncoderAction>, result: EncodeResult | undefined) {
  const { encoderHandoff, setEncoderHandoff, setEncoderTrace, replaceDecoder, setTab, setLearnSource } = useWorkspace();
  useEffect(() => {
    if (!encoderHandoff) return;
    dispatch({ type: 'handoff', handoff: encoderHandoff });
    setEncoderHandoff(null);
  }, [encoderHandoff, setEncoderHandoff, dispatch]);
  useEffect(() => {
    if (result?.ok) setEncoderTrace({ token: result.token, trace: result.trace });
  }, [result, setEncoderTrace]);

  const openInDecode = (token: string, key: { keyText: string; keyEncoding: SecretEncoding }) => {
    replaceDecoder({ token, ...key }, 'The encoder');
    setTab('decode');
  };
  const explain = (token: string, trace: Trace) => {
    setEncoderTrace({ token, trace });
    setLearnSource('encoder');
    setTab('learn');
  };
  return { openInDecode, explain };
}

/** The Encode screen: header + claims + key -> a signed or encrypted token, live. */
export function EncodePage() {
  const [state, dispatch] = useReducer(encoderReducer, undefined, () => initialState(numericDate(Date.now())));
  const { alg, enc, problem } = selectedAlgorithms(state);
  const jwe = isEncryptAlg(alg);
  const input = encodeInput(state, jwe);
  const query = useQuery(encodeQuery(input));
  const result = query.data;
  const { openInDecode, explain } = useEncoderHandoffs(dispatch, result);
  // Findings that need no crypto show even while the key is missing.
  const findings = result ? result.findings : algFindings(alg, undefined);
  const applyProfile = (headerText: string, claimsText: string) => {
    dispatch({ type: 'header', text: headerText });
    dispatch({ type: 'claims', text: claimsText });
  };

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
        <PayloadEditors state={state} dispatch={dispatch} />
      </div>

      <div className="flex min-w-0 flex-col gap-3">
        <EncodingKey state={state} alg={alg} enc={enc} kids={result?.kids} keyWords={result?.keyWords} dispatch={dispatch} />
        {state.generated && <GeneratedKey generated={state.generated} encrypting={jwe} />}
        {!jwe && <ProfileTemplates alg={alg} publicJwk={state.generated?.publicJwk} onApply={applyProfile} />}
        {jwe && state.nested.enabled && <NestedSigning nested={state.nested} enc={enc} dispatch={dispatch} />}
        {state.serialization === 'general' && <ExtraKeys extra={state.extra} jwe={jwe} dispatch={dispatch} />}
        <OutputPanel
          result={result}
          pending={query.isPending || query.isFetching}
          findings={findings}
          onOpenInDecode={() => result?.ok && openInDecode(result.token, { keyText: result.decodeKey?.keyText ?? '', keyEncoding: result.decodeKey?.keyEncoding ?? 'utf8' })}
          onExplain={() => result?.ok && explain(result.token, result.trace)}
        />
      </div>
      <div className="lg:col-span-2">
        <SdJwtPanel claimsText={state.claimsText} headerText={state.headerText} alg={alg} issuerKey={state.key} onOpenInDecode={openInDecode} />
      </div>
    </div>
  );
}
