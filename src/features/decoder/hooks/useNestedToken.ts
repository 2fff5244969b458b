import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The outer tokens above the one shown, when a nested JWT (cty "JWT") was opened in place: "Back to
 * the outer token" returns to them one by one. Loading a new token forgets them. `updateDecoder`
 * is the workspace's (stable), so the payload view is not re-rendered on every keystroke.
 */
export function useNestedToken(token: string, updateDecoder: (patch: { token: string }) => void) {
  const [outer, setOuter] = useState<string[]>([]);
  // The token through a ref, so the payload view is not re-rendered on every keystroke.
  const tokenRef = useRef(token);
  useEffect(() => {
    tokenRef.current = token;
  });
  const openInner = useCallback(
    (inner: string) => {
      const current = tokenRef.current;
      setOuter((stack) => [...stack, current]);
      updateDecoder({ token: inner });
    },
    [updateDecoder],
  );
  const back = () => {
    const previous = outer[outer.length - 1];
    if (previous === undefined) return;
    setOuter((stack) => stack.slice(0, -1));
    updateDecoder({ token: previous });
  };
  return { nested: outer.length > 0, openInner, back, forget: () => setOuter([]) };
}
