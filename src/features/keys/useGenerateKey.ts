import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { generateKeyInWorker } from '../../lib/generate-key/generateKeyInWorker.ts';
import { generateOptions, type GenerateChoice } from './generateChoices.ts';
import { keyView, type KeyView } from './keyReport.ts';

export interface GeneratedResult {
  choice: GenerateChoice;
  view: KeyView;
  password?: string;
  ms: number;
}

/** Generation in the worker, with cancel and a ticking elapsed time while it runs. */
export function useGenerateKey(onGenerated: (result: GeneratedResult) => void) {
  const controller = useRef<AbortController | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [elapsed, setElapsed] = useState(0);

  const mutation = useMutation({
    mutationFn: async (choice: GenerateChoice): Promise<GeneratedResult> => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const made = await generateKeyInWorker(choice.alg, { ...generateOptions(choice), signal: abort.signal });
      const view = await keyView(made.privateKey, { source: { generatedFor: choice.alg } });
      return { choice, view, ms: made.ms, ...(made.password !== undefined ? { password: made.password } : {}) };
    },
    onMutate: () => {
      setStartedAt(performance.now());
      setElapsed(0);
    },
    onSettled: () => setStartedAt(null),
    onSuccess: onGenerated,
  });

  useEffect(() => {
    if (startedAt === null) return undefined;
    const timer = window.setInterval(() => setElapsed(performance.now() - startedAt), 100);
    return () => window.clearInterval(timer);
  }, [startedAt]);

  // Leaving the screen stops a generation nobody will see.
  useEffect(() => () => controller.current?.abort(), []);

  return {
    generate: (choice: GenerateChoice) => mutation.mutate(choice),
    cancel: () => controller.current?.abort(),
    pending: mutation.isPending,
    error: mutation.isError && !(mutation.error instanceof DOMException && mutation.error.name === 'AbortError') ? mutation.error : null,
    cancelled: mutation.isError && mutation.error instanceof DOMException && mutation.error.name === 'AbortError',
    last: mutation.data,
    elapsedMs: elapsed,
  };
}
