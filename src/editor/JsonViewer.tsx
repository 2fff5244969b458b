import { useEffect, useMemo, useRef, useState } from 'react';
import type * as MonacoApi from 'monaco-editor/editor/editor.api';
import { editorLanguage } from './jsonDepth.ts';
import { loadMonaco } from './loadMonaco.ts';
import { followPageTheme, monacoTheme } from './monacoTheme.ts';

export interface JsonViewerProps {
  value: string;
  /** Accessible name of the viewer (unique across the app). */
  ariaLabel: string;
  language?: 'json' | 'plaintext';
  /** Height grows with the content up to this many pixels, then the viewer scrolls. */
  maxHeight?: number;
  minHeight?: number;
}

/** The stand-in shows at most this much text: a 1 MB <pre> would cost more layout than Monaco. */
const STAND_IN_CHARS = 20_000;
const LINE = 19;
/** Wrapping a line this long costs a long task each time it is laid out: scroll it instead. */
const WRAP_LIMIT = 100_000;

/** A read-only viewer: folding on, no line numbers, the page's scroll keeps the mouse wheel. */
function viewerOptions(model: MonacoApi.editor.ITextModel, ariaLabel: string, length: number): MonacoApi.editor.IStandaloneEditorConstructionOptions {
  return {
    model,
    ariaLabel,
    readOnly: true,
    domReadOnly: true,
    // Tab moves on to the next control rather than being swallowed by a read-only view.
    tabFocusMode: true,
    minimap: { enabled: false },
    lineNumbers: 'off',
    folding: true,
    showFoldingControls: 'always',
    glyphMargin: false,
    scrollBeyondLastLine: false,
    automaticLayout: true,
    wordWrap: length > WRAP_LIMIT ? 'off' : 'on',
    fontSize: 13,
    renderLineHighlight: 'none',
    theme: monacoTheme(),
    stickyScroll: { enabled: false },
    scrollbar: { alwaysConsumeMouseWheel: false },
  };
}

/**
 * Read-only JSON (or text) in Monaco, so large payloads scroll and fold. Until Monaco has loaded,
 * a plain <pre> with the same text stands in, so the first paint never waits and the text is
 * always there for a screen reader.
 */
export function JsonViewer({ value, ariaLabel, language: wanted = 'json', maxHeight = 420, minHeight = 48 }: JsonViewerProps) {
  const language = useMemo(() => editorLanguage(value, wanted), [value, wanted]);
  const hostRef = useRef<HTMLDivElement>(null);
  const valueRef = useRef(value);
  const [editor, setEditor] = useState<MonacoApi.editor.IStandaloneCodeEditor | null>(null);
  const [monaco, setMonaco] = useState<typeof MonacoApi | null>(null);
  const [height, setHeight] = useState(() => Math.min(maxHeight, Math.max(minHeight, (value.split('\n', 40).length + 1) * LINE)));

  useEffect(() => {
    valueRef.current = value;
  });

  useEffect(() => {
    let disposed = false;
    const cleanups: (() => void)[] = [];
    const start = window.setTimeout(() => {
      loadMonaco()
        .then((m) => {
          if (disposed || !hostRef.current) return;
          const api = m as unknown as typeof MonacoApi;
          const model = api.editor.createModel(valueRef.current, language);
          const ed = api.editor.create(hostRef.current, viewerOptions(model, ariaLabel, valueRef.current.length));
          const sizer = ed.onDidContentSizeChange((e) => setHeight(Math.min(maxHeight, Math.max(minHeight, e.contentHeight + 4))));
          cleanups.push(followPageTheme((theme) => api.editor.setTheme(theme)), () => sizer.dispose(), () => ed.dispose(), () => model.dispose());
          setHeight(Math.min(maxHeight, Math.max(minHeight, ed.getContentHeight() + 4)));
          setMonaco(api);
          setEditor(ed);
        })
        .catch(() => {
          // The <pre> stays: the person loses folding, not the content.
        });
    }, 0);
    return () => {
      disposed = true;
      window.clearTimeout(start);
      for (const c of cleanups.reverse()) c();
    };
    // Created once; value and language flow through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const model = editor?.getModel();
    if (!model || !monaco) return;
    if (model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language);
    if (model.getValueLength() === value.length && model.getValue() === value) return;
    const apply = () => {
      editor?.updateOptions({ wordWrap: value.length > WRAP_LIMIT ? 'off' : 'on' });
      model.setValue(value);
    };
    // A large text gets its own task, so it does not lengthen the one that rendered the page.
    if (value.length < WRAP_LIMIT) {
      apply();
      return;
    }
    const id = window.setTimeout(apply, 0);
    return () => window.clearTimeout(id);
  }, [editor, monaco, value, language]);

  return (
    <div className="relative rounded focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-sky-600 dark:focus-within:outline-sky-400" style={{ height }}>
      {!editor && (
        <pre tabIndex={0} aria-label={ariaLabel} className="mono absolute inset-0 overflow-auto p-1 text-[13px] leading-[19px] whitespace-pre-wrap break-all">
          {value.length > STAND_IN_CHARS ? `${value.slice(0, STAND_IN_CHARS)}\n… (${value.length - STAND_IN_CHARS} more characters)` : value}
        </pre>
      )}
      <div ref={hostRef} className="absolute inset-0" aria-hidden={!editor} style={{ visibility: editor ? 'visible' : 'hidden' }} />
    </div>
  );
}
