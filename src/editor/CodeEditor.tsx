import { useEffect, useRef, useState } from 'react';
import type * as MonacoApi from 'monaco-editor/editor/editor.api';
import { loadMonaco } from './loadMonaco.ts';

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
  /** Called once Monaco has mounted, so features can add decorations and hovers. */
  onMount?: (editor: MonacoApi.editor.IStandaloneCodeEditor, monaco: typeof MonacoApi) => void;
  className?: string;
}

function currentTheme(): string {
  return document.documentElement.classList.contains('dark') ||
    (!document.documentElement.classList.contains('light') && window.matchMedia('(prefers-color-scheme: dark)').matches)
    ? 'vs-dark'
    : 'vs';
}

/**
 * A Monaco editor that never delays first paint: a plain textarea with the same accessible name
 * stands in until Monaco has loaded, then Monaco takes over with whatever was typed meanwhile.
 */
export function CodeEditor({ value, onChange, ariaLabel, language = 'plaintext', readOnly = false, wordWrap = true, height = 240, placeholder, onMount, className }: CodeEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const editorRef = useRef<MonacoApi.editor.IStandaloneCodeEditor | null>(null);
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
          const model = monaco.editor.createModel(valueRef.current, language);
          const editor = monaco.editor.create(hostRef.current, {
            model,
            ariaLabel,
            readOnly,
            wordWrap: wordWrap ? 'on' : 'off',
            minimap: { enabled: false },
            lineNumbers: language === 'json' ? 'on' : 'off',
            folding: language === 'json',
            glyphMargin: false,
            scrollBeyondLastLine: false,
            automaticLayout: true,
            fontSize: 14,
            renderLineHighlight: 'none',
            theme: currentTheme(),
            unicodeHighlight: { ambiguousCharacters: true, invisibleCharacters: true },
            ...(placeholder ? { placeholder } : {}),
            accessibilitySupport: 'auto',
            // "Paste as" reads navigator.clipboard on every paste, which the page's Permissions-Policy
            // (clipboard-read=()) refuses with a console error; a plain paste needs none of it.
            pasteAs: { enabled: false },
            editContext: false,
          });
          editorRef.current = editor;
          disposables.push(model, editor);
          disposables.push(
            editor.onDidChangeModelContent(() => {
              const text = editor.getValue();
              valueRef.current = text;
              onChangeRef.current?.(text);
            }),
          );
          // Follow the app's theme toggle (a class on <html>) and the system preference.
          const observer = new MutationObserver(() => monaco.editor.setTheme(currentTheme()));
          observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
          disposables.push({ dispose: () => observer.disconnect() });
          onMountRef.current?.(editor, monaco as unknown as typeof MonacoApi);
          // Someone typing in the stand-in keeps their place when Monaco takes over.
          const fallback = fallbackRef.current;
          if (fallback && document.activeElement === fallback) {
            const position = model.getPositionAt(fallback.selectionEnd);
            editor.focus();
            editor.setPosition(position);
          }
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

  // Outside changes (an example picked, a #token= link) replace the text without losing undo history.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || editor.getValue() === value) return;
    const model = editor.getModel();
    if (!model) return;
    editor.pushUndoStop();
    editor.executeEdits('external', [{ range: model.getFullModelRange(), text: value }]);
    editor.pushUndoStop();
  }, [value, ready]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly });
  }, [readOnly, ready]);

  return (
    <div className={`relative rounded-md border border-slate-300 dark:border-slate-700 ${className ?? ''}`} style={{ height }}>
      {!ready && (
        <textarea
          ref={fallbackRef}
          aria-label={ariaLabel}
          className="mono absolute inset-0 h-full w-full resize-none rounded-md bg-white p-2 text-sm text-slate-900 outline-none focus:ring-2 focus:ring-sky-500 dark:bg-slate-900 dark:text-slate-100"
          value={value}
          readOnly={readOnly}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          onChange={(event) => onChange?.(event.target.value)}
        />
      )}
      <div ref={hostRef} className="absolute inset-0" aria-hidden={!ready} style={{ visibility: ready ? 'visible' : 'hidden' }} />
    </div>
  );
}
