import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useWorkspace, type LearnSource } from '../../lib/workspace.tsx';
import { SegmentLegend } from '../../components/SegmentedToken.tsx';
import { inspect } from '../../jose/index.ts';
import { Anatomy } from './Anatomy.tsx';
import { EXAMPLES, exampleById } from './examples.ts';
import { Lessons } from './Lessons.tsx';
import { Presenter } from './Presenter.tsx';
import { learnTraceQuery } from './runTrace.ts';
import { StepItem } from './StepItem.tsx';
import { learnSteps } from './steps.ts';
import { ProfileSteps } from './profile/ProfileSteps.tsx';

const OPERATION_WORDS = { verify: 'Verifying the signature', decrypt: 'Decrypting', sign: 'Signing', encrypt: 'Encrypting' } as const;

/**
 * The Learn screen: the token in the decoder (or the encoder's last output, or an example) explained
 * character by character (Anatomy) and step by step with the exact values of verify / decrypt or
 * sign / encrypt (Steps), a lesson path, and a presenter mode for a projector.
 */
export function LearnPage() {
  const { decoder, replaceDecoder, setTab, learnSource, setLearnSource, encoderTrace } = useWorkspace();
  const [hex, setHex] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const [presenterIndex, setPresenterIndex] = useState(0);
  // A worked example is this screen's own: choosing one never touches the decoder's token and key.
  const [exampleId, setExampleId] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const hexId = useId();

  const example = learnSource === 'example' ? exampleById(exampleId) : undefined;
  const fromEncoder = learnSource === 'encoder' && encoderTrace !== null;
  const input = example ? { token: example.token, keyText: example.keyText, keyEncoding: example.keyEncoding } : decoder;
  const token = fromEncoder ? encoderTrace.token : input.token;
  const query = useQuery({
    ...learnTraceQuery({ token: input.token, keyText: input.keyText, keyEncoding: input.keyEncoding }),
    enabled: !fromEncoder && input.token.trim() !== '',
  });
  const trace = fromEncoder ? encoderTrace.trace : query.data?.trace;
  const steps = useMemo(() => (trace ? learnSteps(trace) : undefined), [trace]);
  const result = useMemo(() => inspect(token, { claims: false }), [token]);
  const keyDescription = fromEncoder ? undefined : query.data?.keyDescription;

  const chooseExample = (id: string) => {
    setExampleId(id);
    setLearnSource(id ? 'example' : 'decoder');
  };
  // An explicit "Open … in Decode": the decoder offers to restore what it had.
  const openInDecode = useCallback(
    (id: string) => {
      const chosen = exampleById(id);
      if (!chosen) return;
      replaceDecoder({ token: chosen.token, keyText: chosen.keyText, keyEncoding: chosen.keyEncoding }, 'a worked example');
      setLearnSource('decoder');
      setTab('decode');
    },
    [replaceDecoder, setLearnSource, setTab],
  );
  const exitPresenter = useCallback(() => {
    setPresenting(false);
    // The toggle re-renders in the page: give focus back to it once it is there.
    window.setTimeout(() => toggleRef.current?.focus(), 0);
  }, []);

  const toggle = (
    <button
      ref={toggleRef}
      type="button"
      aria-pressed={presenting}
      onClick={() => (presenting ? exitPresenter() : (setPresenterIndex(0), setPresenting(true)))}
      className={`rounded-md border-2 px-3 py-1 font-medium ${presenting ? 'border-current bg-black text-white dark:bg-white dark:text-black' : 'border-sky-700 text-sky-800 dark:border-sky-400 dark:text-sky-200'}`}
    >
      Presenter mode
    </button>
  );
  const hexToggle = (
    <label htmlFor={hexId} className="flex items-center gap-2">
      <input id={hexId} type="checkbox" checked={hex} onChange={(e) => setHex(e.target.checked)} className="h-4 w-4" />
      Show bytes as hex
    </label>
  );

  if (presenting) {
    return (
      <Presenter
        steps={steps?.steps ?? []}
        index={presenterIndex}
        onIndex={setPresenterIndex}
        onExit={exitPresenter}
        hex={hex}
        result={result}
        toolbar={
          <>
            {toggle}
            {hexToggle}
          </>
        }
        {...(keyDescription ? { keyDescription } : {})}
      />
    );
  }

  const empty = token.trim() === '';
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <label className="flex items-center gap-2">
          <span className="font-medium">Worked example</span>
          <select
            aria-label="Worked example"
            value={example ? exampleId : ''}
            onChange={(e) => chooseExample(e.target.value)}
            className="w-full max-w-[28rem] min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="">{learnSource === 'example' ? "None: explain the decoder's token" : 'Choose a worked example (token and key)…'}</option>
            {EXAMPLES.map((e) => (
              <option key={e.id} value={e.id}>
                {e.label}
              </option>
            ))}
          </select>
        </label>
        {hexToggle}
        {toggle}
      </div>

      <Source
        source={fromEncoder ? 'encoder' : example ? 'example' : 'decoder'}
        exampleLabel={example?.label}
        hasEncoderTrace={encoderTrace !== null}
        empty={empty}
        keyGiven={input.keyText.trim() !== ''}
        onSource={setLearnSource}
        onOpenExample={example ? () => openInDecode(example.id) : undefined}
      />

      {!empty && (
        <>
          <SegmentLegend result={result} />
          <Anatomy result={result} />
          <section className="flex flex-col gap-2" aria-labelledby="learn-steps-heading">
            <h2 id="learn-steps-heading" className="text-lg font-semibold">
              Steps{steps ? `: ${OPERATION_WORDS[steps.operation]}` : ''}
            </h2>
            {query.isFetching && !fromEncoder && <p className="text-sm">Working…</p>}
            {steps && steps.failedAt !== undefined && (
              <p className="text-sm font-medium text-red-800 dark:text-red-200">The operation stopped at step {steps.failedAt + 1}: the list ends there and says why.</p>
            )}
            {steps && (
              <ol aria-label="Steps" className="flex flex-col gap-3">
                {steps.steps.map((s, i) => (
                  <StepItem key={`${s.id}-${i}`} step={s} number={i + 1} hex={hex} {...(keyDescription && s.status === 'failed' ? { keyDescription } : {})} />
                ))}
              </ol>
            )}
          </section>
          <ProfileSteps token={token} hex={hex} />
        </>
      )}

      <Lessons onOpen={openInDecode} />
    </div>
  );
}

const sourceButton = 'rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600';

function Source({ source, exampleLabel, hasEncoderTrace, empty, keyGiven, onSource, onOpenExample }: {
  source: LearnSource;
  exampleLabel: string | undefined;
  hasEncoderTrace: boolean;
  empty: boolean;
  keyGiven: boolean;
  onSource: (s: LearnSource) => void;
  onOpenExample: (() => void) | undefined;
}) {
  const text =
    source === 'encoder'
      ? 'Showing how the encoder made its last token.'
      : source === 'example'
        ? `Showing the worked example ${exampleLabel ?? ''}, with its key. The decoder keeps its own token.`
        : empty
          ? 'The decoder is empty: choose an example above, or paste a token (and its key) in Decode.'
          : keyGiven
            ? 'Showing the token and key that are in the decoder.'
            : 'Showing the token in the decoder. Without a key the steps stop where a key is needed: add one in Decode.';
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p>{text}</p>
      {source !== 'decoder' && (
        <button type="button" onClick={() => onSource('decoder')} className={sourceButton}>
          Use the decoder's token instead
        </button>
      )}
      {onOpenExample && (
        <button type="button" onClick={onOpenExample} className={sourceButton}>
          Open this example in Decode
        </button>
      )}
      {source !== 'encoder' && hasEncoderTrace && (
        <button type="button" onClick={() => onSource('encoder')} className={sourceButton}>
          Show how the encoder made its token
        </button>
      )}
    </div>
  );
}
