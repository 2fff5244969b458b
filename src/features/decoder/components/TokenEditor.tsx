import { useEffect, useRef, useState } from 'react';
import type * as MonacoApi from 'monaco-editor/editor/editor.api';
import { CodeEditor } from '../../../editor/CodeEditor.tsx';
import { applyTokenMarks, clearTokenMarks } from '../../../editor/tokenDecorations.ts';
import type { DecodedView } from '../logic/view.ts';
import { LARGE_TEXT_CHARS } from './LargeTextView.tsx';
import { useT } from '../../../lib/i18n/index.ts';

type Editor = MonacoApi.editor.IStandaloneCodeEditor;
type Monaco = typeof MonacoApi;

export interface TokenEditorProps {
  token: string;
  view: DecodedView | undefined;
  onChange: (token: string) => void;
  /** A paste of more than LARGE_TEXT_CHARS: the whole new text, never handed to Monaco. */
  onLargePaste: (token: string) => void;
  /** Moves the editor to an offset of the token; null while Monaco is not there. */
  onGoTo: (goTo: ((offset: number) => void) | null) => void;
  /** Take the focus when mounted (the plain view the person was using is gone). */
  autoFocus?: boolean;
}

/** The editor's text with its selection replaced by `pasted`: what Monaco would have made of the paste. */
function pastedText(editor: Editor, pasted: string): string {
  const model = editor.getModel();
  const selection = editor.getSelection();
  if (!model || !selection) return pasted;
  const text = model.getValue();
  const start = model.getOffsetAt(selection.getStartPosition());
  const end = model.getOffsetAt(selection.getEndPosition());
  return text.slice(0, start) + pasted + text.slice(end);
}

/**
 * Takes a very large paste before Monaco does (capture phase, on the editor's own element): Monaco
 * inserting and laying out a multi-megabyte line is a main-thread task of half a second or more.
 */
function interceptLargePaste(editor: Editor, onLargePaste: { current: (text: string) => void }): void {
  editor.getDomNode()?.addEventListener(
    'paste',
    (event) => {
      const pasted = event.clipboardData?.getData('text/plain') ?? '';
      if (pasted.length <= LARGE_TEXT_CHARS) return;
      event.preventDefault();
      event.stopPropagation();
      onLargePaste.current(pastedText(editor, pasted));
    },
    true,
  );
}

function goToOffset(editor: Editor, offset: number): void {
  const model = editor.getModel();
  if (!model) return;
  const position = model.getPositionAt(offset);
  editor.setPosition(position);
  editor.revealPositionInCenter(position);
  editor.focus();
}

/**
 * The Token editor (Monaco, accessible name "Token") with each segment coloured and underlined, a
 * hover naming the segment and its decoded size, and problems underlined at their offset. Only
 * ever holds a token of more than LARGE_TEXT_CHARS when the person asked for it ("Edit in the
 * editor anyway"); then it stops wrapping, which is most of what a long line costs.
 */
export function TokenEditor({ token, view, onChange, onLargePaste, onGoTo, autoFocus = false }: TokenEditorProps) {
  const t = useT();
  const [mounted, setMounted] = useState<{ editor: Editor; monaco: Monaco } | null>(null);
  const large = token.length > LARGE_TEXT_CHARS;
  const largePaste = useRef(onLargePaste);
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    largePaste.current = onLargePaste;
  });

  // The stand-in textarea takes the focus; Monaco keeps it when it takes over.
  useEffect(() => {
    if (autoFocus) host.current?.querySelector('textarea')?.focus();
    // Once, when mounted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!mounted) return;
    const { editor, monaco } = mounted;
    if (!view || token.length === 0) {
      clearTokenMarks(editor, monaco);
      return;
    }
    applyTokenMarks(editor, monaco, {
      inputLength: view.inputLength,
      segments: view.segments,
      problems: view.problems,
      trimmed: view.notices.map((n) => ({ message: n.message, start: n.start, end: n.end })),
    });
  }, [mounted, view, token.length]);

  useEffect(() => {
    mounted?.editor.updateOptions({ wordWrap: large ? 'off' : 'on' });
  }, [mounted, large]);

  useEffect(() => {
    if (!mounted) return;
    onGoTo((offset) => goToOffset(mounted.editor, offset));
    return () => onGoTo(null);
  }, [mounted, onGoTo]);

  return (
    <div ref={host}>
      <CodeEditor
        ariaLabel="Token"
        value={token}
        onChange={onChange}
        wordWrap={!large}
        height={240}
        placeholder={t('decode.token.placeholder')}
        onMount={(editor, monaco) => {
          // A token never holds a tab: Tab leaves the editor, so the screen works with the keyboard alone.
          // Word suggestions over base64url are noise (and Monaco's suggest reads the clipboard, which the
          // page's Permissions-Policy forbids).
          editor.updateOptions({ tabFocusMode: true, quickSuggestions: false, suggestOnTriggerCharacters: false, wordBasedSuggestions: 'off', parameterHints: { enabled: false } });
          interceptLargePaste(editor, largePaste);
          setMounted({ editor, monaco });
        }}
      />
    </div>
  );
}
