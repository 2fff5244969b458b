export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'jose-lab:theme';

/** The theme the person chose, if any; otherwise null and the system preference applies. */
export function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

export function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Applies a theme to <html>; only the theme choice is ever stored, never a token or a key. */
export function applyTheme(theme: Theme, remember: boolean): void {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.classList.toggle('light', theme === 'light');
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // Storage can be disabled; the toggle still works for this visit.
    }
  }
}
