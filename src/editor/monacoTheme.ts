/**
 * Monaco's theme for the page's: the app's toggle puts "dark" or "light" on <html>; without either,
 * the system preference decides. One home for both editors (the token/claims editor and the viewer).
 */
export function monacoTheme(): 'vs' | 'vs-dark' {
  const root = document.documentElement;
  const dark = root.classList.contains('dark') || (!root.classList.contains('light') && window.matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? 'vs-dark' : 'vs';
}

/** Keeps an editor's theme in step with the app's toggle; returns the function that stops it. */
export function followPageTheme(setTheme: (theme: string) => void): () => void {
  const observer = new MutationObserver(() => setTheme(monacoTheme()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
