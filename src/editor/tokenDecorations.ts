import type * as MonacoApi from 'monaco-editor/editor/editor.api';
import type { SegmentName } from '../jose/index.ts';
import { SEGMENT_STYLES } from '../components/segmentStyle.ts';

/** What the token editor marks: segment ranges, problems and the text trimmed around the token. */
export interface TokenMarks {
  /** Length of the text these offsets belong to: marks for another text are not applied. */
  inputLength: number;
  segments: { name: SegmentName; label: string; start: number; end: number; size?: number; ok: boolean }[];
  problems: { message: string; offset: number; length: number }[];
  trimmed: { message: string; start: number; end: number }[];
}

type Editor = MonacoApi.editor.IStandaloneCodeEditor;
type Monaco = typeof MonacoApi;

const collections = new WeakMap<Editor, MonacoApi.editor.IEditorDecorationsCollection>();
const MARKER_OWNER = 'jose-lab-token';
let styled = false;

/**
 * Segment looks for Monaco, built from the one table in components/segmentStyle.ts: the colour
 * variable and the underline style (solid, dotted, dashed, double, wavy), so colour-blind readers
 * tell segments apart by the line under them.
 */
function ensureStyles(): void {
  if (styled || typeof document === 'undefined') return;
  styled = true;
  const rules: string[] = [];
  for (const [name, style] of Object.entries(SEGMENT_STYLES)) {
    const line = /decoration-(solid|dotted|dashed|double|wavy)/.exec(style.underline)?.[1] ?? 'solid';
    rules.push(
      `.monaco-editor .view-lines .jl-seg-${name}{color:var(${style.cssVar});text-decoration-line:underline;text-decoration-style:${line};text-decoration-thickness:${line === 'double' || line === 'wavy' ? '1px' : '2px'};text-underline-offset:3px}`,
    );
  }
  rules.push('.monaco-editor .view-lines .jl-trimmed{opacity:.55;text-decoration:line-through}');
  const el = document.createElement('style');
  el.dataset.joseLab = 'token-decorations';
  el.textContent = rules.join('\n');
  document.head.append(el);
}

function bytesWord(n: number): string {
  return `${n} byte${n === 1 ? '' : 's'}`;
}

/**
 * Colours each segment of the token in the editor (colour + underline style), names it and its
 * decoded size on hover, underlines each problem at its exact offset with the engine's message
 * (Monaco markers, so F8 / the problems hover read them), and greys out what was trimmed.
 */
export function applyTokenMarks(editor: Editor, monaco: Monaco, marks: TokenMarks): void {
  const model = editor.getModel();
  if (!model) return;
  ensureStyles();
  if (model.getValueLength() !== marks.inputLength) return;
  const range = (start: number, end: number) => {
    const a = model.getPositionAt(start);
    const b = model.getPositionAt(Math.max(start, end));
    return new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column);
  };
  const decorations: MonacoApi.editor.IModelDeltaDecoration[] = [];
  for (const s of marks.segments) {
    if (s.end <= s.start) continue;
    const size = s.size !== undefined ? `${bytesWord(s.size)} decoded` : 'does not decode';
    decorations.push({
      range: range(s.start, s.end),
      options: {
        inlineClassName: `jl-seg-${s.name}`,
        hoverMessage: { value: `**${s.label}** — ${size} (${s.end - s.start} characters)` },
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      },
    });
  }
  for (const t of marks.trimmed) {
    if (t.end <= t.start) continue;
    decorations.push({ range: range(t.start, t.end), options: { inlineClassName: 'jl-trimmed', hoverMessage: { value: t.message } } });
  }
  let collection = collections.get(editor);
  if (!collection) {
    collection = editor.createDecorationsCollection();
    collections.set(editor, collection);
  }
  collection.set(decorations);
  const length = model.getValueLength();
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    marks.problems.map((p) => {
      // A zero-width problem (a missing segment at the end) is shown on the character before it.
      const start = Math.min(p.offset, Math.max(0, length - 1));
      const end = Math.min(length, Math.max(start + 1, p.offset + p.length));
      const r = range(start, end);
      return {
        severity: monaco.MarkerSeverity.Error,
        message: p.message,
        source: 'JOSE Lab',
        startLineNumber: r.startLineNumber,
        startColumn: r.startColumn,
        endLineNumber: r.endLineNumber,
        endColumn: r.endColumn,
      };
    }),
  );
}

/** Removes the marks (an empty editor, or leaving the screen). */
export function clearTokenMarks(editor: Editor, monaco: Monaco): void {
  collections.get(editor)?.clear();
  const model = editor.getModel();
  if (model) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
}
