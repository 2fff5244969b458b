import { useState } from 'react';
import { useWorkspace } from '../../lib/workspace.tsx';
import { FindingsList } from '../../components/FindingsList.tsx';
import type { Finding, SecretEncoding } from '../../jose/index.ts';
import { GenerateKeyForm } from './GenerateKeyForm.tsx';
import { JwksList } from './JwksList.tsx';
import { JwkRegion, PemRegion } from './KeyForms.tsx';
import { KeyMaterialInput } from './KeyMaterialInput.tsx';
import { KeySummary } from './KeySummary.tsx';
import { choiceText, type GenerateChoice } from './generateChoices.ts';
import { handoffFor, type Handoff } from './handoff.ts';
import { KeyActions } from './KeyActions.tsx';
import { errorText, type MaterialReport, type KeyView } from './keyReport.ts';
import { useGenerateKey } from './useGenerateKey.ts';
import { useKeyMaterial } from './useKeyMaterial.ts';
import { t, useContentLocale, useT, type Locale } from '../../lib/i18n/index.ts';
import { loadEngineWords } from '../../lib/i18n/engine-words.ts';

type Generation = ReturnType<typeof useGenerateKey>;

/** The line under "Generate new key": what went wrong, that it was cancelled, or what was made. */
function generationMessage(generation: Generation, locale: Locale) {
  if (generation.error) return { tone: 'error' as const, text: errorText(generation.error, t, locale) };
  if (generation.cancelled) return { tone: 'info' as const, text: t('keys.generationCancelled') };
  if (generation.last) return { tone: 'ok' as const, text: t('keys.generated', { what: choiceText(generation.last.choice, t), ms: generation.last.ms }) };
  return null;
}

/** The key on show: the one just generated, the one pasted, or the chosen member of a pasted set. */
function shownKey(generated: Generation['last'] | undefined, report: MaterialReport | undefined, selected: number): { view?: KeyView; setFindings: readonly Finding[] } {
  if (generated) return { view: generated.view, setFindings: [] };
  if (report?.kind === 'key') return { view: report.view, setFindings: [] };
  if (report?.kind === 'set') return { view: report.views[Math.min(selected, report.views.length - 1)], setFindings: report.findings };
  return { setFindings: [] };
}

/**
 * What "Use in Decode" and "Use in Encode" hand over, and the handing. A pasted key set goes to
 * Decode whole (it picks by kid); Encode gets the one key on show.
 */
function useKeyHandoffs(view: KeyView | undefined, generated: Generation['last'] | undefined, pastedSet: string | undefined) {
  const { setTab, replaceDecoder, setEncoderHandoff } = useWorkspace();
  const toDecode: Handoff | undefined = !view ? undefined : pastedSet !== undefined ? { keyText: pastedSet, keyEncoding: 'utf8', form: 'key set' } : handoffFor(view, 'decode', generated?.choice.alg, generated?.password);
  const toEncode = view && handoffFor(view, 'encode', generated?.choice.alg, generated?.password);
  const onUseInDecode = (h: Handoff) => {
    replaceDecoder({ keyText: h.keyText, keyEncoding: h.keyEncoding }, 'the Keys screen');
    setTab('decode');
  };
  const onUseInEncode = (h: Handoff) => {
    const alg = generated?.choice.alg ?? view?.key.alg;
    setEncoderHandoff({ from: 'Keys', keyText: h.keyText, keyEncoding: h.keyEncoding, ...(alg ? { alg } : {}) });
    setTab('encode');
  };
  return { toDecode, toEncode, onUseInDecode, onUseInEncode };
}

/**
 * The Keys screen: read any key people paste (PEM, certificate, JWK, JWKS, raw secret), see what it
 * is and its thumbprint, convert it, generate new ones, and hand a key to the decoder or encoder.
 * Keys live in this component's memory only: never the URL, never storage.
 */
export function KeysPage() {
  const t = useT();
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
  const locale = useContentLocale(loadEngineWords);
  const inputError = material.isError ? errorText(material.error, t, locale) : null;
  const generated = source === 'generated' ? generation.last : undefined;

  const { view, setFindings } = shownKey(generated, report, selected);
  const showPrivate = view !== undefined && revealedFor === view;

  const handoffs = useKeyHandoffs(view, generated, !generated && report?.kind === 'set' ? text : undefined);
  const message = generationMessage(generation, locale);

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
          showEncoding={report?.kind === 'key' && report.view.source !== undefined && 'raw' in report.view.source}
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
            {t('keys.empty')}
          </p>
        )}
        {generated && text.trim() !== '' && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t('keys.showingGenerated', { alg: generated.choice.alg })}{' '}
            <button type="button" className="underline" onClick={() => setSource('input')}>
              {t('keys.showPasted')}
            </button>
          </p>
        )}
        {!generated && report?.kind === 'set' && <JwksList views={report.views} selected={Math.min(selected, report.views.length - 1)} onSelect={setSelected} publicJwks={report.publicJwks} />}
        {view && (
          <>
            <KeySummary view={view} now={now} />
            <FindingsList findings={[...setFindings, ...view.findings]} label={t('keys.findings')} />
            <KeyActions view={view} password={generated?.password} showPrivate={showPrivate} onShowPrivate={(show) => setRevealedFor(show ? view : null)} {...handoffs} />
            <JwkRegion view={view} showPrivate={showPrivate} />
            <PemRegion key={`${view.thumbprint}-${view.visibility}`} view={view} showPrivate={showPrivate} />
          </>
        )}
      </div>
    </div>
  );
}
