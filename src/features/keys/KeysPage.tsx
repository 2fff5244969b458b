import { useState } from 'react';
import { useWorkspace } from '../../lib/workspace.tsx';
import { FindingsList } from '../../components/FindingsList.tsx';
import type { Finding, SecretEncoding } from '../../jose/index.ts';
import { GenerateKeyForm } from './GenerateKeyForm.tsx';
import { JwksList } from './JwksList.tsx';
import { JwkRegion, PemRegion } from './KeyForms.tsx';
import { KeyMaterialInput } from './KeyMaterialInput.tsx';
import { KeySummary } from './KeySummary.tsx';
import { describeChoice, type GenerateChoice } from './generateChoices.ts';
import { handoffFor, type Handoff } from './handoff.ts';
import { errorMessage, type KeyView } from './keyReport.ts';
import { useGenerateKey } from './useGenerateKey.ts';
import { useKeyMaterial } from './useKeyMaterial.ts';

const HANDOFF_VERB = { decode: { 'public key': 'verify', 'private key': 'verify or decrypt', 'shared secret': 'verify or decrypt', password: 'decrypt', 'key set': 'pick by kid' }, encode: { 'public key': 'encrypt', 'private key': 'sign', 'shared secret': 'sign or encrypt', password: 'encrypt', 'key set': '' } } as const;

/**
 * The Keys screen: read any key people paste (PEM, certificate, JWK, JWKS, raw secret), see what it
 * is and its thumbprint, convert it, generate new ones, and hand a key to the decoder or encoder.
 * Keys live in this component's memory only: never the URL, never storage.
 */
export function KeysPage() {
  const { setTab, replaceDecoder, setEncoderHandoff } = useWorkspace();
  const [text, setText] = useState('');
  const [encoding, setEncoding] = useState<SecretEncoding>('utf8');
  const [source, setSource] = useState<'input' | 'generated'>('input');
  const [selected, setSelected] = useState(0);
  const [revealedFor, setRevealedFor] = useState<KeyView | null>(null);
  const [choice, setChoice] = useState<GenerateChoice>({ alg: 'ES256', rsaSize: 2048, curve: '', enc: 'A256GCM' });
  const [now] = useState(() => Date.now());

  const material = useKeyMaterial(text, encoding);
  const generation = useGenerateKey(() => setSource('generated'));

  const report = material.data;
  const inputError = material.isError ? errorMessage(material.error) : null;
  const generated = source === 'generated' ? generation.last : undefined;

  let view: KeyView | undefined;
  let setFindings: readonly Finding[] = [];
  if (generated) view = generated.view;
  else if (report?.kind === 'key') view = report.view;
  else if (report?.kind === 'set') {
    view = report.views[Math.min(selected, report.views.length - 1)];
    setFindings = report.findings;
  }
  const showPrivate = view !== undefined && revealedFor === view;
  const hasPrivate = view?.privateJwk !== undefined;

  const handoff = (target: 'decode' | 'encode'): Handoff | undefined => {
    if (!view) return undefined;
    if (target === 'decode' && !generated && report?.kind === 'set') return { keyText: text, keyEncoding: 'utf8', form: 'key set' };
    return handoffFor(view, target, generated?.choice.alg, generated?.password);
  };
  const toDecode = handoff('decode');
  const toEncode = handoff('encode');

  const message = generation.error
    ? { tone: 'error' as const, text: errorMessage(generation.error) }
    : generation.cancelled
      ? { tone: 'info' as const, text: 'Generation cancelled.' }
      : generation.last
        ? { tone: 'ok' as const, text: `Generated ${describeChoice(generation.last.choice)} in ${generation.last.ms} ms.` }
        : null;

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <div className="flex flex-col gap-4">
        <KeyMaterialInput
          text={text}
          onText={(t) => {
            setText(t);
            setSelected(0);
            setSource('input');
          }}
          encoding={encoding}
          onEncoding={setEncoding}
          showEncoding={report?.kind === 'key' && report.view.format.startsWith('Raw secret')}
          error={inputError}
        />
        <GenerateKeyForm
          choice={choice}
          onChoice={setChoice}
          onGenerate={() => generation.generate(choice)}
          onCancel={generation.cancel}
          pending={generation.pending}
          elapsedMs={generation.elapsedMs}
          message={message}
        />
      </div>

      <div className="flex flex-col gap-4">
        {!view && !inputError && (
          <p className="rounded-md border border-dashed border-slate-300 p-6 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            Paste or drop a key — PEM (SPKI, PKCS#8, PKCS#1, SEC1), an X.509 certificate, a JWK or a JWKS — or generate one. Its type, thumbprint, JWK and PEM forms appear here.
          </p>
        )}
        {generated && text.trim() !== '' && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Showing the key generated for {generated.choice.alg}.{' '}
            <button type="button" className="underline" onClick={() => setSource('input')}>
              Show the pasted key instead
            </button>
          </p>
        )}
        {!generated && report?.kind === 'set' && <JwksList views={report.views} selected={Math.min(selected, report.views.length - 1)} onSelect={setSelected} publicJwks={report.publicJwks} />}
        {view && (
          <>
            <KeySummary view={view} now={now} />
            <FindingsList findings={[...setFindings, ...view.findings]} label="Key findings" />
            {generated?.password !== undefined && (
              <p className="text-sm">
                PBES2 password: {showPrivate ? <code className="mono rounded bg-slate-100 px-1 dark:bg-slate-800">{generated.password}</code> : <span className="text-slate-600 dark:text-slate-400">hidden (turn on "Show private key")</span>}
              </p>
            )}
            <div className="flex flex-wrap items-center gap-3">
              {hasPrivate && (
                <label className="flex items-center gap-2 text-sm font-medium">
                  <input type="checkbox" checked={showPrivate} onChange={(e) => setRevealedFor(e.target.checked ? view : null)} className="h-4 w-4" />
                  Show private key
                </label>
              )}
              <span className="flex-1" />
              {toDecode && (
                <button
                  type="button"
                  onClick={() => {
                    replaceDecoder({ keyText: toDecode.keyText, keyEncoding: toDecode.keyEncoding }, 'the Keys screen');
                    setTab('decode');
                  }}
                  title={`The decoder gets the ${toDecode.form}${HANDOFF_VERB.decode[toDecode.form] ? ` (to ${HANDOFF_VERB.decode[toDecode.form]})` : ''}`}
                  className="rounded-md border border-sky-700 px-3 py-1.5 text-sm font-medium text-sky-800 hover:bg-sky-50 dark:border-sky-400 dark:text-sky-300 dark:hover:bg-sky-950"
                >
                  Use in Decode
                </button>
              )}
              {toEncode && (
                <button
                  type="button"
                  onClick={() => {
                    const alg = generated?.choice.alg ?? view.key.alg;
                    setEncoderHandoff({ from: 'Keys', keyText: toEncode.keyText, keyEncoding: toEncode.keyEncoding, ...(alg ? { alg } : {}) });
                    setTab('encode');
                  }}
                  title={`The encoder gets the ${toEncode.form} (to ${HANDOFF_VERB.encode[toEncode.form]})`}
                  className="rounded-md border border-sky-700 px-3 py-1.5 text-sm font-medium text-sky-800 hover:bg-sky-50 dark:border-sky-400 dark:text-sky-300 dark:hover:bg-sky-950"
                >
                  Use in Encode
                </button>
              )}
            </div>
            {(toDecode || toEncode) && (
              <p className="-mt-2 text-xs text-slate-600 dark:text-slate-400">
                {toDecode && `Decode gets the ${toDecode.form}. `}
                {toEncode && `Encode gets the ${toEncode.form}.`}
              </p>
            )}
            <JwkRegion view={view} showPrivate={showPrivate} />
            <PemRegion key={`${view.thumbprint}-${view.visibility}`} view={view} showPrivate={showPrivate} />
          </>
        )}
      </div>
    </div>
  );
}
