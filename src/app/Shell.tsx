import { Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Icon } from '../components/Icon.tsx';
import { ScreenVisibleContext } from '../components/screenVisibility.ts';
import { FramedWarning, isFramed } from './FramedWarning.tsx';
import { TABS } from './tabs.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { linkNoticeText, type LinkNotice } from './useHistorySync.ts';
import { t as tr, useLocale, useT } from '../lib/i18n/index.ts';
import type { TabId } from '../lib/screens.ts';
import { useTheme } from './useTheme.ts';
import { useWorkspace } from '../lib/workspace.tsx';

type TabRefs = { current: (HTMLButtonElement | null)[] };

/** The screen tabs, as WAI-ARIA tabs: arrow keys move between them, Home/End jump to the ends. */
function ScreenTabs({ tab, setTab, tabRefs }: { tab: TabId; setTab: (tab: TabId) => void; tabRefs: TabRefs }) {
  useLocale();
  const onTabKeyDown = (event: KeyboardEvent, index: number) => {
    const last = TABS.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setTab(TABS[next]!.id);
    tabRefs.current[next]?.focus();
  };
  return (
    <nav className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
      <div role="tablist" aria-label={tr('shell.screens')} className="flex gap-1">
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
            className={`rounded-md px-2 py-1.5 text-sm font-medium sm:px-3 ${
              tab === t.id ? 'bg-sky-700 text-white dark:bg-sky-600' : 'text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800'
            }`}
          >
            {tr(t.labelId)}
          </button>
        ))}
      </div>
    </nav>
  );
}

/**
 * The screen's name in the title, so the history menu (a long press on Back) tells entries apart.
 * A screen change from inside a screen (Open in Decode) or from Back/Forward hides the control that
 * had focus: focus goes to the new screen's tab rather than to nowhere.
 */
function useTitleAndFocus(tab: TabId, tabRefs: TabRefs) {
  const locale = useLocale();
  useEffect(() => {
    const labelId = TABS.find((d) => d.id === tab)?.labelId;
    document.title = labelId ? tr('shell.screenTitle', { screen: tr(labelId) }) : tr('shell.title');
  }, [tab, locale]);

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const active = document.activeElement;
    if (active === null || active === document.body || active.closest('[hidden]')) tabRefs.current[TABS.findIndex((t) => t.id === tab)]?.focus();
  }, [tab, tabRefs]);
}

/**
 * The page: header (name, screen tabs, theme), then the screens. A screen is mounted the first time
 * it is shown and stays mounted, hidden, while another is shown: everything in it (selects, editors
 * with their undo history, keys, generated pairs, output) is there when the person comes back.
 */
export function Shell({ notice }: { notice: LinkNotice | null }) {
  const t = useT();
  const { theme, toggle } = useTheme();
  const { tab, setTab } = useWorkspace();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set([tab]));
  if (!visited.has(tab)) setVisited(new Set([...visited, tab]));

  useTitleAndFocus(tab, tabRefs);

  // In another site's frame the app takes no input (FramedWarning.tsx says why).
  if (isFramed()) return <FramedWarning />;
  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 px-3 py-2 sm:px-4 dark:border-slate-800">
        <h1 className="text-lg font-semibold tracking-tight">
          JOSE Lab <span className="hidden font-normal text-slate-500 sm:inline dark:text-slate-400">{t('shell.tagline')}</span>
        </h1>
        <ScreenTabs tab={tab} setTab={setTab} tabRefs={tabRefs} />
        <p className="hidden text-xs text-slate-500 lg:block dark:text-slate-400">{t('shell.privacy')}</p>
        <div className="ml-auto flex items-center gap-2 sm:ml-0">
          <LanguageSelect />
        <button
          type="button"
          onClick={toggle}
          className="flex items-center gap-1 rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-700"
          aria-label={theme === 'dark' ? t('shell.theme.toLight') : t('shell.theme.toDark')}
        >
          <Icon name={theme === 'dark' ? 'sun' : 'moon'} />
          <span aria-hidden="true" className="hidden sm:inline">
            {theme === 'dark' ? t('shell.theme.light') : t('shell.theme.dark')}
          </span>
        </button>
        </div>
      </header>
      {notice && (
        <p role="alert" className="bg-amber-100 px-4 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {linkNoticeText(notice, t)}
        </p>
      )}
      <main className="min-w-0 flex-1 p-3 sm:p-4">
        {TABS.filter((t) => visited.has(t.id)).map((t) => (
          <section key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={t.id !== tab}>
            <ScreenVisibleContext value={t.id === tab}>
              <Suspense fallback={<p className="text-sm text-slate-500">{tr('shell.loadingScreen', { screen: tr(t.labelId) })}</p>}>
                <t.component />
              </Suspense>
            </ScreenVisibleContext>
          </section>
        ))}
      </main>
    </div>
  );
}
