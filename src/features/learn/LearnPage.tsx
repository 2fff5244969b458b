import { useCallback, useRef, useState } from 'react';
import { useWorkspace } from '../../lib/workspace.tsx';
import { SegmentLegend } from '../../components/SegmentedToken.tsx';
import { Anatomy } from './Anatomy.tsx';
import { exampleById } from './examples.ts';
import { ExampleSelect, HexToggle, PresenterToggle } from './LearnControls.tsx';
import { LearnSteps } from './LearnSteps.tsx';
import { Lessons } from './Lessons.tsx';
import { Presenter } from './Presenter.tsx';
import { Source } from './Source.tsx';
import { useLearnToken } from './useLearnToken.ts';
import { ProfileSteps } from './profile/ProfileSteps.tsx';

/**
 * The Learn screen: the token in the decoder (or the encoder's last output, or an example) explained
 * character by character (Anatomy) and step by step with the exact values of verify / decrypt or
 * sign / encrypt (Steps), a lesson path, and a presenter mode for a projector. The token is read,
 * verified and decrypted in the token session worker Decode also uses.
 */
export function LearnPage() {
  const { decoder, replaceDecoder, setTab, learnSource, setLearnSource, encoderTrace } = useWorkspace();
  const [hex, setHex] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const [presenterIndex, setPresenterIndex] = useState(0);
  // A worked example is this screen's own: choosing one never touches the decoder's token and key.
  const [exampleId, setExampleId] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const learn = useLearnToken({ decoder, learnSource, exampleId, encoderTrace });
  const { example, fromEncoder, input, token, result, steps, failure } = learn;

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
  const toggle = <PresenterToggle ref={toggleRef} presenting={presenting} onToggle={() => (presenting ? exitPresenter() : (setPresenterIndex(0), setPresenting(true)))} />;
  const hexToggle = <HexToggle hex={hex} onHex={setHex} />;

  if (presenting) {
    const toolbar = (
      <>
        {toggle}
        {hexToggle}
      </>
    );
    return <Presenter steps={steps?.steps ?? []} index={presenterIndex} onIndex={setPresenterIndex} onExit={exitPresenter} hex={hex} result={result} toolbar={toolbar} {...(failure ? { failure } : {})} />;
  }

  const empty = token.trim() === '';
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <ExampleSelect value={example ? exampleId : ''} learnSource={learnSource} onChoose={chooseExample} />
        {hexToggle}
        {toggle}
      </div>
      <Source
        source={fromEncoder ? 'encoder' : example ? 'example' : 'decoder'}
        exampleId={example?.id}
        hasEncoderTrace={encoderTrace !== null}
        empty={empty}
        keyGiven={input.keyText.trim() !== ''}
        onSource={setLearnSource}
        onOpenExample={example ? () => openInDecode(example.id) : undefined}
      />
      {!empty && (
        <>
          {result && <SegmentLegend result={result} />}
          {result && <Anatomy result={result} />}
          <LearnSteps steps={steps} working={learn.working} hex={hex} failure={failure} />
          <ProfileSteps token={token} hex={hex} enabled={learn.visible} />
        </>
      )}
      <Lessons onOpen={openInDecode} />
    </div>
  );
}
