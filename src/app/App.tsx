import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { readTokenFromLocation } from './fragment.ts';
import { Shell } from './Shell.tsx';
import { WorkspaceProvider } from './workspace.tsx';

function takeInitialToken(): { token: string; fromQuery: boolean } {
  const state = readTokenFromLocation(window.location);
  if (state.token !== undefined) {
    // The token leaves the address bar at once, so it is not kept in history or shared by accident.
    history.replaceState(null, '', window.location.pathname);
  }
  return { token: state.token ?? '', fromQuery: state.fromQuery ?? false };
}

export function App() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity, gcTime: 60_000 } } }),
  );
  const [initial] = useState(takeInitialToken);
  return (
    <QueryClientProvider client={queryClient}>
      <WorkspaceProvider initialToken={initial.token}>
        <Shell tokenCameFromQuery={initial.fromQuery} />
      </WorkspaceProvider>
    </QueryClientProvider>
  );
}
