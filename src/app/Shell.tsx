import { Suspense, useRef, type KeyboardEvent } from 'react';
import { TABS } from './tabs.ts';
import { useTheme } from './useTheme.ts';
import { useWorkspace } from './workspace.tsx';

export function Shell({ tokenCameFromQuery }: { tokenCameFromQuery: boolean }) {
  const { theme, toggle } = useTheme();
  const { tab, setTab } = useWorkspace();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  // WAI-ARIA tabs: arrow keys move between tabs, Home/End jump to the ends.
  const onTabKeyDown = (event: KeyboardEvent, index: number) => {
    const last = TABS.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setTab(TABS[next]!.id);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="flex items-center gap-4 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <h1 className="text-lg font-semibold tracking-tight">
          JOSE Lab <span className="font-normal text-slate-500 dark:text-slate-400">JWT · JWS · JWE debugger</span>
        </h1>
        <nav className="flex-1">
          <div role="tablist" aria-label="Screens" className="flex gap-1">
            {TABS.map((t, i) => (
              <button
                key={t.id}
                ref={(el) => {
                  tabRefs.current[i] = el;
                }}
                role="tab"
                id={`tab-${t.id}`}
                aria-selected={tab === t.id}
                aria-controls={`panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                onClick={() => setTab(t.id)}
                onKeyDown={(e) => onTabKeyDown(e, i)}
                className={`rounded-md px-3 py-1.5 text-sm font-medium ${
                  tab === t.id ? 'bg-sky-600 text-white' : 'text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800'
                }`}
              >
                {t.label}
              </button>
            ))}
          </div>
        </nav>
        <p className="hidden text-xs text-slate-500 md:block dark:text-slate-400">Runs in your browser: nothing you paste leaves this page.</p>
        <button
          type="button"
          onClick={toggle}
          className="rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-700"
          aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
        >
          {theme === 'dark' ? '☀ Light' : '☾ Dark'}
        </button>
      </header>
      {tokenCameFromQuery && (
        <p role="alert" className="bg-amber-100 px-4 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          This token arrived in the URL's query string, which is sent to servers and kept in their logs. Share tokens with <code>#token=</code> links instead.
        </p>
      )}
      <main className="flex-1 p-4">
        {TABS.filter((t) => t.id === tab).map((t) => (
          <section key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`}>
            <Suspense fallback={<p className="text-sm text-slate-500">Loading {t.label}…</p>}>
              <t.component />
            </Suspense>
          </section>
        ))}
      </main>
    </div>
  );
}
