export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'jose-lab:theme';

/**
 * The page background of each theme, which the browser's title bar and an installed app's window
 * take on. index.html's theme-color metas and public/manifest.webmanifest carry the same values
 * (test/pwa/theme-colours.test.ts keeps them equal).
 */
export const THEME_COLOURS: Record<Theme, string> = { light: '#f8fafc', dark: '#020617' };

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
  // The metas pick a colour by the system's scheme; a chosen theme overrides both.
  for (const meta of document.querySelectorAll('meta[name="theme-color"]')) meta.setAttribute('content', THEME_COLOURS[theme]);
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // Storage can be disabled; the toggle still works for this visit.
    }
  }
}
