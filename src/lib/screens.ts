/**
 * Each screen's address: `#/decode`, `#/encode`, `#/keys`, `#/learn`. Switching screens pushes an
 * entry so Back and Forward move between them; an empty fragment is the Decode screen.
 */
export type TabId = 'decode' | 'encode' | 'keys' | 'learn';

const SCREENS: readonly TabId[] = ['decode', 'encode', 'keys', 'learn'];

export function screenFromHash(hash: string): TabId | undefined {
  const match = /^#\/([a-z]+)\/?$/.exec(hash);
  const name = match?.[1];
  return SCREENS.find((s) => s === name);
}

export function screenHash(screen: TabId): string {
  return `#/${screen}`;
}
