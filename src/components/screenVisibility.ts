import { createContext, useContext } from 'react';

/**
 * Whether the screen a component sits in is the one shown. The shell keeps every visited screen
 * mounted and hides the others, so a component that reaches outside its screen (a window key
 * listener, an overlay on document.body) asks this before doing so.
 */
export const ScreenVisibleContext = createContext(true);

export function useScreenVisible(): boolean {
  return useContext(ScreenVisibleContext);
}
