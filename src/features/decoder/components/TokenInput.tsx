import { startTransition, useEffect, useState } from 'react';
import type * as MonacoApi from 'monaco-editor/editor/editor.api';
import { Icon } from '../../../components/Icon.tsx';
import { CodeEditor } from '../../../editor/CodeEditor.tsx';
import { applyTokenMarks, clearTokenMarks } from '../../../editor/tokenDecorations.ts';
import { Legend } from './Legend.tsx';
import type { DecodedView } from '../logic/view.ts';
import { useContentLocale, useT, type Locale, type Translate } from '../../../lib/i18n/index.ts';
import { loadEngineWords, noticeText, problemText } from '../../../lib/i18n/engine-words.ts';

type Editor = MonacoApi.editor.IStandaloneCodeEditor;
type Monaco = typeof MonacoApi;

/** Above this size the token editor stops wrapping: wrapping a 1 MB line costs a long task per edit. */
const WRAP_LIMIT = 200_000;

export interface TokenInputProps {
  token: string;
  onChange: (token: string) => void;
  view: DecodedView | undefined;
  stale: boolean;
}

/** Each notice once, with how many places it applies to ("… (3 places)"): a wrapped token has many line breaks. */
export function noticeLines(notices: readonly { code: string; message: string }[], t?: Translate, locale: Locale = 'en'): string[] {
  const counts = new Map<string, number>();
  for (const n of notices) {
    const message = noticeText(n, locale);
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].map(([message, n]) => (n > 1 ? (t ? t('decode.token.places', { message, n }) : `${message} (${n.toLocaleString('en')} places)`) : message));
}

/**
 * The Token editor (Monaco, accessible name "Token") with each segment coloured and underlined,
 * a hover naming the segment and its decoded size, problems underlined at their offset, and
 * the notices and problems listed below it in words.
 */
export function TokenInput({ token, onChange, view, stale }: TokenInputProps) {
  const t = useT();
  const locale = useContentLocale(loadEngineWords);
  const [mounted, setMounted] = useState<{ editor: Editor; monaco: Monaco } | null>(null);
  const large = token.length > WRAP_LIMIT;

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

  const goTo = (offset: number) => {
    if (!mounted) return;
    const model = mounted.editor.getModel();
    if (!model) return;
    const position = model.getPositionAt(offset);
    mounted.editor.setPosition(position);
    mounted.editor.revealPositionInCenter(position);
    mounted.editor.focus();
  };

  return (
    <div className="flex flex-col gap-2">
      <CodeEditor
        ariaLabel="Token"
        value={token}
        onChange={(text) => {
          // A large paste renders as a transition: React yields to the browser between components.
          if (text.length > WRAP_LIMIT) startTransition(() => onChange(text));
          else onChange(text);
        }}
        height={240}
        placeholder={t('decode.token.placeholder')}
        onMount={(editor, monaco) => {
          // A token never holds a tab: Tab leaves the editor, so the screen works with the keyboard alone.
          // Word suggestions over base64url are noise (and Monaco's suggest reads the clipboard, which the
          // page's Permissions-Policy forbids).
          editor.updateOptions({ tabFocusMode: true, quickSuggestions: false, suggestOnTriggerCharacters: false, wordBasedSuggestions: 'off', parameterHints: { enabled: false } });
          // Stop wrapping before a huge paste lands, not after: wrapping the line is most of its cost.
          editor.getDomNode()?.addEventListener(
            'paste',
            (event) => {
              const pasted = event.clipboardData?.getData('text/plain').length ?? 0;
              if (pasted > WRAP_LIMIT) editor.updateOptions({ wordWrap: 'off' });
            },
            true,
          );
          setMounted({ editor, monaco });
        }}
      />
      {view && <Legend segments={view.segments} />}
      {stale && <p className="text-xs text-slate-600 dark:text-slate-400">{t('decode.token.reading', { n: token.length })}</p>}
      {view && view.notices.length > 0 && (
        <ul aria-label={t('decode.token.trimmed')} className="text-xs text-slate-700 dark:text-slate-300">
          {noticeLines(view.notices, t, locale).map((m) => (
            <li key={m}>
              <Icon name="info" /> {m}
            </li>
          ))}
        </ul>
      )}
      {view && !stale && view.problems.length > 0 && token.trim() !== '' && (
        <ul aria-label={t('decode.token.problems')} className="flex flex-col gap-1 text-sm">
          {view.problems.map((p, i) => (
            <li key={i} className={`rounded border-l-4 px-2 py-1 ${p.blocking ? 'border-red-500 bg-red-50 text-red-950 dark:border-red-600 dark:bg-red-950 dark:text-red-100' : 'border-slate-400 bg-slate-50 dark:bg-slate-900'}`}>
              {problemText(p, locale)}{' '}
              <button type="button" onClick={() => goTo(p.offset)} className="underline" disabled={!mounted}>
                {t('decode.token.atOffset', { offset: p.offset })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
