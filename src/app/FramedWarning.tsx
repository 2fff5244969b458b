import { useT } from '../lib/i18n/index.ts';

/**
 * Shown instead of the app when it runs inside another site's frame. The CSP header says
 * `frame-ancestors 'none'`, but a static host that sends no headers cannot, and a `<meta>` policy
 * cannot set frame-ancestors: the framing page could overlay or watch what is typed (clickjacking),
 * so the app takes no input there and offers to open itself in its own tab.
 */
export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    // A browser that will not even compare: assume the worst.
    return true;
  }
}

export function FramedWarning() {
  const t = useT();
  const own = `${window.location.origin}${window.location.pathname}`;
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-slate-50 p-6 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <div className="flex max-w-xl flex-col gap-3">
        <h1 className="text-xl font-semibold">{t('framed.title')}</h1>
        <p role="alert" className="rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          {t('framed.warning')}
        </p>
        <a href={own} target="_blank" rel="noopener noreferrer" className="self-start rounded bg-sky-700 px-3 py-1.5 font-medium text-white underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2">
          {t('framed.openOwnTab')}
        </a>
      </div>
    </main>
  );
}
