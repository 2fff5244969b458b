import { createContext, useCallback, useContext, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { Trace } from '../jose/index.ts';
import type { DecoderInput, EncoderHandoff } from '../lib/handoffs.ts';
import type { TabId } from './screens.ts';

export type { TabId } from './screens.ts';

export type { DecoderInput, EditableToken, EncoderHandoff, SecretEncoding } from '../lib/handoffs.ts';

/*
 * What the screens share, in memory only (never the URL, never storage): the decoder's token and
 * key, which the encoder and the Keys screen can hand over and the Learn screen works on. Each
 * screen's own work (the encoder's header, claims and key, the Keys input...) stays in the screen:
 * the shell keeps every visited screen mounted, hidden when another one is shown.
 */

/** What another screen or a link put in the decoder in place of what the person had there. */
export interface ReplacedDecoderInput {
  previous: DecoderInput;
  /** Who replaced it, as the start of a sentence: "The encoder", "A link", "Clear"... */
  from: string;
}

export type LearnSource = 'decoder' | 'encoder' | 'example';

export interface EncoderTrace {
  token: string;
  trace: Trace;
}

interface Workspace {
  tab: TabId;
  /** Shows a screen and adds a history entry, so Back returns to the one before. */
  setTab: (tab: TabId) => void;
  /** Shows a screen the address already names (Back, Forward, a link): no new history entry. */
  showScreen: (tab: TabId) => void;
  decoder: DecoderInput;
  /** The person's own edits in Decode. */
  updateDecoder: (patch: Partial<DecoderInput>) => void;
  /** Another screen, an example or a link replaces the decoder's input: what was there can be restored. */
  replaceDecoder: (patch: Partial<DecoderInput>, from: string) => void;
  replacedDecoder: ReplacedDecoderInput | null;
  restoreDecoder: () => void;
  dismissReplaced: () => void;
  encoderHandoff: EncoderHandoff | null;
  setEncoderHandoff: (handoff: EncoderHandoff | null) => void;
  /** What the Learn screen explains: the decoder's token, the encoder's last one, or its own example. */
  learnSource: LearnSource;
  setLearnSource: (source: LearnSource) => void;
  /** The encoder's last output with the trace of the sign/encrypt that made it, for the Learn screen. */
  encoderTrace: EncoderTrace | null;
  setEncoderTrace: (value: EncoderTrace | null) => void;
}

interface DecoderState {
  input: DecoderInput;
  replaced: ReplacedDecoderInput | null;
}

type DecoderAction =
  | { type: 'update'; patch: Partial<DecoderInput> }
  | { type: 'replace'; patch: Partial<DecoderInput>; from: string }
  | { type: 'restore' }
  | { type: 'dismiss' };

const isEmpty = (input: DecoderInput) => input.token.trim() === '' && input.keyText.trim() === '';
const same = (a: DecoderInput, b: DecoderInput) => a.token === b.token && a.keyText === b.keyText && a.keyEncoding === b.keyEncoding;

export function decoderReducer(state: DecoderState, action: DecoderAction): DecoderState {
  switch (action.type) {
    case 'update':
      return { ...state, input: { ...state.input, ...action.patch } };
    case 'replace': {
      const input = { ...state.input, ...action.patch };
      if (same(input, state.input)) return state;
      return { input, replaced: isEmpty(state.input) ? state.replaced : { previous: state.input, from: action.from } };
    }
    case 'restore':
      return state.replaced ? { input: state.replaced.previous, replaced: null } : state;
    case 'dismiss':
      return { ...state, replaced: null };
  }
}

const WorkspaceContext = createContext<Workspace | null>(null);

interface WorkspaceProviderProps {
  initialToken: string;
  initialKey?: string;
  initialScreen: TabId;
  /** Adds the history entry for a screen the person moves to: the app owns the address bar, not the screens. */
  pushScreen: (tab: TabId) => void;
  children: ReactNode;
}

export function WorkspaceProvider({ initialToken, initialKey, initialScreen, pushScreen, children }: WorkspaceProviderProps) {
  const [tab, setTabState] = useState<TabId>(initialScreen);
  const tabRef = useRef(initialScreen);
  const [decoderState, dispatchDecoder] = useReducer(decoderReducer, undefined, () => ({
    input: { token: initialToken, keyText: initialKey ?? '', keyEncoding: 'utf8' as const },
    replaced: null,
  }));
  const [encoderHandoff, setEncoderHandoff] = useState<EncoderHandoff | null>(null);
  const [learnSource, setLearnSource] = useState<LearnSource>('decoder');
  const [encoderTrace, setEncoderTrace] = useState<EncoderTrace | null>(null);

  const showScreen = useCallback((next: TabId) => {
    tabRef.current = next;
    setTabState(next);
  }, []);
  const setTab = useCallback(
    (next: TabId) => {
      if (next === tabRef.current) return;
      pushScreen(next);
      showScreen(next);
    },
    [showScreen, pushScreen],
  );
  const updateDecoder = useCallback((patch: Partial<DecoderInput>) => dispatchDecoder({ type: 'update', patch }), []);
  const replaceDecoder = useCallback((patch: Partial<DecoderInput>, from: string) => dispatchDecoder({ type: 'replace', patch, from }), []);
  const restoreDecoder = useCallback(() => dispatchDecoder({ type: 'restore' }), []);
  const dismissReplaced = useCallback(() => dispatchDecoder({ type: 'dismiss' }), []);

  const value = useMemo(
    () => ({
      tab,
      setTab,
      showScreen,
      decoder: decoderState.input,
      updateDecoder,
      replaceDecoder,
      replacedDecoder: decoderState.replaced,
      restoreDecoder,
      dismissReplaced,
      encoderHandoff,
      setEncoderHandoff,
      learnSource,
      setLearnSource,
      encoderTrace,
      setEncoderTrace,
    }),
    [tab, setTab, showScreen, decoderState, updateDecoder, replaceDecoder, restoreDecoder, dismissReplaced, encoderHandoff, learnSource, encoderTrace],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return value;
}
