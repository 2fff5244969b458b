import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Trace } from '../jose/index.ts';

export type TabId = 'decode' | 'encode' | 'keys' | 'learn';

/**
 * What the screens share, in memory only (never the URL, never storage): the decoder's token and
 * key, which the encoder and the Keys screen can hand over and the Learn screen works on.
 */
export interface DecoderInput {
  token: string;
  /** The text in the Key input, exactly as the person typed or pasted it. */
  keyText: string;
  /** How a raw secret in keyText is read. */
  keyEncoding: 'utf8' | 'base64' | 'base64url' | 'hex';
}

export interface EncoderHandoff {
  /** Key material (JWK JSON or PEM text) handed to the encoder by the Keys screen. */
  keyText: string;
}

interface Workspace {
  tab: TabId;
  setTab: (tab: TabId) => void;
  decoder: DecoderInput;
  updateDecoder: (patch: Partial<DecoderInput>) => void;
  encoderHandoff: EncoderHandoff | null;
  setEncoderHandoff: (handoff: EncoderHandoff | null) => void;
  /** Where the Learn screen was opened from: its steps are verify/decrypt, or sign/encrypt. */
  learnSource: 'decoder' | 'encoder';
  setLearnSource: (source: 'decoder' | 'encoder') => void;
  /** The encoder's last output with the trace of the sign/encrypt that made it, for the Learn screen. */
  encoderTrace: EncoderTrace | null;
  setEncoderTrace: (value: EncoderTrace | null) => void;
}

export interface EncoderTrace {
  token: string;
  trace: Trace;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ initialToken, children }: { initialToken: string; children: ReactNode }) {
  const [tab, setTab] = useState<TabId>('decode');
  const [decoder, setDecoder] = useState<DecoderInput>({ token: initialToken, keyText: '', keyEncoding: 'utf8' });
  const [encoderHandoff, setEncoderHandoff] = useState<EncoderHandoff | null>(null);
  const [learnSource, setLearnSource] = useState<'decoder' | 'encoder'>('decoder');
  const [encoderTrace, setEncoderTrace] = useState<EncoderTrace | null>(null);
  const updateDecoder = useCallback((patch: Partial<DecoderInput>) => setDecoder((prev) => ({ ...prev, ...patch })), []);
  const value = useMemo(
    () => ({ tab, setTab, decoder, updateDecoder, encoderHandoff, setEncoderHandoff, learnSource, setLearnSource, encoderTrace, setEncoderTrace }),
    [tab, decoder, updateDecoder, encoderHandoff, learnSource, encoderTrace],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return value;
}
