import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { StepFailure } from './runTrace.ts';
import { useMemo } from 'react';
import { useScreenVisible } from '../../components/screenVisibility.ts';
import type { InspectResult, Trace } from '../../jose/index.ts';
import type { LearnSource, DecoderInput, EncoderTrace } from '../../lib/workspace.tsx';
import { exampleById } from './examples.ts';
import type { ExampleToken } from '../../lib/examples/index.ts';
import { textKey } from '../../lib/fingerprint.ts';
import { learnSteps, type LearnSteps } from './steps.ts';
import { learnInspectQuery, learnTraceQuery } from './worker/learnClient.ts';
import { useContentLocale } from '../../lib/i18n/index.ts';
import { loadLearnContent } from './content.ts';

export interface LearnToken {
  example: ExampleToken | undefined;
  fromEncoder: boolean;
  /** The token and key explained (the example's, or the decoder's). */
  input: DecoderInput;
  token: string;
  result: InspectResult | undefined;
  steps: LearnSteps | undefined;
  /** What a failed step says of the key and the error. */
  failure: StepFailure | undefined;
  working: boolean;
  /** Whether Learn is the screen shown (nothing is asked of the worker otherwise). */
  visible: boolean;
}

/**
 * The token Learn explains and what the token session worker says of it: its inspection (for the
 * anatomy) and the traced verify / decrypt (for the Steps). Nothing is asked while the screen is
 * hidden: pasting a token in Decode does not make Learn read it too.
 */
export function useLearnToken({ decoder, learnSource, exampleId, encoderTrace }: { decoder: DecoderInput; learnSource: LearnSource; exampleId: string; encoderTrace: EncoderTrace | null }): LearnToken {
  const visible = useScreenVisible();
  const example = learnSource === 'example' ? exampleById(exampleId) : undefined;
  const fromEncoder = learnSource === 'encoder' && encoderTrace !== null;
  const input = example ? { token: example.token, keyText: example.keyText, keyEncoding: example.keyEncoding } : decoder;
  const token = fromEncoder ? encoderTrace.token : input.token;
  const present = token.trim() !== '';
  const tokenKey = useMemo(() => textKey(token), [token]);
  const inputKey = useMemo(() => textKey(input.token), [input.token]);
  const inspected = useQuery({ ...learnInspectQuery(token, tokenKey), enabled: visible && present, placeholderData: keepPreviousData });
  const traced = useQuery({
    ...learnTraceQuery({ token: input.token, keyText: input.keyText, keyEncoding: input.keyEncoding }, inputKey),
    enabled: visible && !fromEncoder && input.token.trim() !== '',
    placeholderData: keepPreviousData,
  });
  const trace: Trace | undefined = fromEncoder ? encoderTrace.trace : traced.data?.trace;
  const contentLocale = useContentLocale(loadLearnContent);
  const steps = useMemo(() => (trace ? learnSteps(trace, contentLocale) : undefined), [trace, contentLocale]);
  return {
    example,
    fromEncoder,
    input,
    token,
    result: present ? inspected.data : undefined,
    steps,
    failure: fromEncoder ? undefined : traced.data?.failure,
    working: !fromEncoder && traced.isFetching,
    visible,
  };
}
