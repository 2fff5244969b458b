import { useCallback, useEffect, useState } from 'react';
import { applyTheme, storedTheme, systemTheme, type Theme } from './theme.ts';

/** Follows the system theme until the person toggles it. */
export function useTheme(): { theme: Theme; toggle: () => void } {
  const [chosen, setChosen] = useState<Theme | null>(() => storedTheme());
  const [system, setSystem] = useState<Theme>(() => systemTheme());

  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const theme = chosen ?? system;
  useEffect(() => applyTheme(theme, chosen !== null), [theme, chosen]);

  const toggle = useCallback(() => setChosen(theme === 'dark' ? 'light' : 'dark'), [theme]);
  return { theme, toggle };
}
