import { useEffect, useId, useRef, useState, type Ref } from 'react';
import type * as MonacoApi from 'monaco-editor/editor/editor.api';
import { editorLanguage } from './jsonDepth.ts';
import { loadMonaco, type Monaco } from './loadMonaco.ts';
import { followPageTheme, monacoTheme } from './monacoTheme.ts';

export interface CodeEditorProps {
  value: string;
  onChange?: (value: string) => void;
  /** The accessible name of the editor ("Token", "Claims"...): unique across the app. */
  ariaLabel: string;
  language?: 'plaintext' | 'json';
  readOnly?: boolean;
  /** Wraps long lines (tokens are one long line). */
  wordWrap?: boolean;
  /** Height in pixels; the editor scrolls inside it. */
  height?: number;
  placeholder?: string;
  /**
   * The editor's accessible description. Editable editors say by default how to leave and indent:
   * Tab always moves focus out (no keyboard trap), Ctrl+] and Ctrl+[ indent and outdent.
   */
  description?: string;
  /** Called once Monaco has mounted, so features can add decorations and hovers. */
  onMount?: (editor: MonacoApi.editor.IStandaloneCodeEditor, monaco: typeof MonacoApi) => void;
  className?: string;
}

export const EDITOR_KEYS = 'Tab moves to the next control; Ctrl+] indents the line and Ctrl+[ outdents it.';

interface StandIn {
  text: string;
  start: number;
  end: number;
  backward: boolean;
  focused: boolean;
}

/** What the person has in the stand-in textarea right now: its DOM state, which can be ahead of React's. */
function readStandIn(fallback: HTMLTextAreaElement | null): StandIn | null {
  if (!fallback) return null;
  return { text: fallback.value, start: fallback.selectionStart, end: fallback.selectionEnd, backward: fallback.selectionDirection === 'backward', focused: document.activeElement === fallback };
}

type EditorRef = { readonly current: MonacoApi.editor.IStandaloneCodeEditor | null };

/** Monaco's options for an app editor: no minimap, line numbers and folding for JSON only, no keyboard trap. */
function editorOptions(
  model: MonacoApi.editor.ITextModel,
  { ariaLabel, readOnly, wordWrap, language, placeholder }: Pick<CodeEditorProps, 'ariaLabel' | 'readOnly' | 'wordWrap' | 'language' | 'placeholder'>,
): MonacoApi.editor.IStandaloneEditorConstructionOptions {
  return {
    model,
    ariaLabel,
    readOnly: readOnly ?? false,
    wordWrap: wordWrap ? 'on' : 'off',
    minimap: { enabled: false },
    lineNumbers: language === 'json' ? 'on' : 'off',
    folding: language === 'json',
    glyphMargin: false,
    scrollBeyondLastLine: false,
    automaticLayout: true,
    fontSize: 14,
    renderLineHighlight: 'none',
    theme: monacoTheme(),
    unicodeHighlight: { ambiguousCharacters: true, invisibleCharacters: true },
    ...(placeholder ? { placeholder } : {}),
    accessibilitySupport: 'auto',
    // "Paste as" reads navigator.clipboard on every paste, which the page's Permissions-Policy
    // (clipboard-read=()) refuses with a console error; a plain paste needs none of it.
    pasteAs: { enabled: false },
    editContext: false,
    // No keyboard trap: Tab and Shift+Tab always leave the editor (Ctrl+] / Ctrl+[ indent).
    tabFocusMode: true,
  };
}

/** After Monaco has mounted, the props that can change (text, read-only, language) reach it. */
function useFollowProps(editorRef: EditorRef, monacoRef: { readonly current: typeof MonacoApi | null }, { value, readOnly, language }: { value: string; readOnly: boolean; language: string }, ready: boolean) {
  // Outside changes (an example picked, a #token= link) replace the text without losing undo history.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || editor.getValue() === value) return;
    const model = editor.getModel();
    if (!model) return;
    editor.pushUndoStop();
    editor.executeEdits('external', [{ range: model.getFullModelRange(), text: value }]);
    editor.pushUndoStop();
  }, [editorRef, value, ready]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly });
  }, [editorRef, readOnly, ready]);

  // JSON or plain text can change after creation (the encoder's payload type).
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && monacoRef.current && model.getLanguageId() !== language) monacoRef.current.editor.setModelLanguage(model, language);
  }, [editorRef, monacoRef, language, ready]);
}

/** Each edit: the model's language follows the text (JSON or not), then the text goes to `onText`. */
function onEveryEdit(editor: MonacoApi.editor.IStandaloneCodeEditor, monaco: Monaco, language: NonNullable<CodeEditorProps['language']>, onText: (text: string) => void) {
  return editor.onDidChangeModelContent(() => {
    const text = editor.getValue();
    const model = editor.getModel();
    const fit = editorLanguage(text, language);
    if (model && model.getLanguageId() !== fit) monaco.editor.setModelLanguage(model, fit);
    onText(text);
  });
}

/** The plain textarea that holds the text, with the editor's name, until Monaco has loaded. */
function StandInTextarea({ ref, ariaLabel, describedBy, value, readOnly, placeholder, onChange }: {
  ref: Ref<HTMLTextAreaElement>;
  ariaLabel: string;
  describedBy: string | undefined;
  value: string;
  readOnly: boolean;
  placeholder: string | undefined;
  onChange: ((value: string) => void) | undefined;
}) {
  return (
    <textarea
      ref={ref}
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      className="mono absolute inset-0 h-full w-full resize-none rounded-md bg-white p-2 text-sm text-slate-900 outline-none dark:bg-slate-900 dark:text-slate-100"
      value={value}
      readOnly={readOnly}
      placeholder={placeholder}
      spellCheck={false}
      autoComplete="off"
      autoCapitalize="off"
      autoCorrect="off"
      onChange={(event) => onChange?.(event.target.value)}
    />
  );
}

/**
 * A Monaco editor that never delays first paint: a plain textarea with the same accessible name
 * stands in until Monaco has loaded, then Monaco takes over with the text, the selection and the
 * focus the person had in it. Tab never traps the keyboard: it moves focus out of every editor.
 */
export function CodeEditor({ value, onChange, ariaLabel, language = 'plaintext', readOnly = false, wordWrap = true, height = 240, placeholder, description, onMount, className }: CodeEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const descriptionId = useId();
  const describedBy = readOnly && description === undefined ? undefined : descriptionId;
  const editorRef = useRef<MonacoApi.editor.IStandaloneCodeEditor | null>(null);
  const monacoRef = useRef<typeof MonacoApi | null>(null);
  const onChangeRef = useRef(onChange);
  const onMountRef = useRef(onMount);
  const valueRef = useRef(value);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    onChangeRef.current = onChange;
    onMountRef.current = onMount;
    valueRef.current = value;
  });

  useEffect(() => {
    let disposed = false;
    const disposables: { dispose(): void }[] = [];
    // Load after the first paint so the page is usable at once.
    const start = window.setTimeout(() => {
      loadMonaco()
        .then((monaco) => {
          if (disposed || !hostRef.current) return;
          // The swap happens in this one task, so no keystroke can fall between the two editors.
          const standIn = readStandIn(fallbackRef.current);
          const text = standIn?.text ?? valueRef.current;
          const model = monaco.editor.createModel(text, editorLanguage(text, language));
          const editor = monaco.editor.create(hostRef.current, editorOptions(model, { ariaLabel, readOnly, wordWrap, language, placeholder }));
          editorRef.current = editor;
          monacoRef.current = monaco as unknown as typeof MonacoApi;
          const follow = (text: string) => {
            valueRef.current = text;
            onChangeRef.current?.(text);
          };
          disposables.push(model, editor, onEveryEdit(editor, monaco, language, follow), { dispose: followPageTheme((theme) => monaco.editor.setTheme(theme)) });
          if (describedBy) hostRef.current.querySelector('textarea')?.setAttribute('aria-describedby', describedBy);
          onMountRef.current?.(editor, monaco as unknown as typeof MonacoApi);
          // Text typed in the stand-in that React has not committed yet still reaches the screen.
          if (text !== valueRef.current) {
            valueRef.current = text;
            onChangeRef.current?.(text);
          }
          if (standIn) handOver(editor, monaco as unknown as typeof MonacoApi, hostRef.current, fallbackRef.current, standIn);
          setReady(true);
        })
        .catch((error: unknown) => {
          // The textarea keeps working; the person loses highlighting, not their text.
          console.warn('Monaco failed to load; the plain editor stays.', error);
        });
    }, 0);
    return () => {
      disposed = true;
      window.clearTimeout(start);
      for (const d of disposables.reverse()) d.dispose();
      editorRef.current = null;
    };
    // The editor is created once; value changes flow through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useFollowProps(editorRef, monacoRef, { value, readOnly, language }, ready);

  return (
    <div
      className={`relative rounded-md border border-slate-300 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-sky-600 dark:border-slate-700 dark:focus-within:outline-sky-400 ${className ?? ''}`}
      style={{ height }}
    >
      {describedBy && (
        <span id={describedBy} hidden>
          {description ?? EDITOR_KEYS}
        </span>
      )}
      {!ready && <StandInTextarea ref={fallbackRef} ariaLabel={ariaLabel} describedBy={describedBy} value={value} readOnly={readOnly} placeholder={placeholder} onChange={onChange} />}
      <div ref={hostRef} className="absolute inset-0" aria-hidden={!ready} style={{ visibility: ready ? 'visible' : 'hidden' }} />
    </div>
  );
}

/**
 * Monaco takes the stand-in's place: shown at once (a hidden element cannot take focus), the
 * stand-in hidden until React removes it, then the same selection, scroll and focus.
 */
function handOver(editor: MonacoApi.editor.IStandaloneCodeEditor, monaco: typeof MonacoApi, host: HTMLElement, fallback: HTMLTextAreaElement | null, standIn: StandIn): void {
  host.style.visibility = 'visible';
  if (fallback) fallback.style.display = 'none';
  const model = editor.getModel();
  if (!model) return;
  const start = model.getPositionAt(standIn.start);
  const end = model.getPositionAt(standIn.end);
  editor.setSelection(standIn.backward ? monaco.Selection.fromPositions(end, start) : monaco.Selection.fromPositions(start, end));
  editor.revealPositionInCenterIfOutsideViewport(standIn.backward ? start : end);
  if (standIn.focused) editor.focus();
}
