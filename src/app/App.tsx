import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { pushScreen, takeLocation } from './history.ts';
import { UpdatePrompt } from './offline/UpdatePrompt.tsx';
import { Shell } from './Shell.tsx';
import { linkNotice, useHistorySync, type LinkNotice } from './useHistorySync.ts';
import { WorkspaceProvider } from '../lib/workspace.tsx';

function HistorySync({ onNotice }: { onNotice: (notice: LinkNotice | null) => void }) {
  useHistorySync(onNotice);
  return null;
}

export function App() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity, gcTime: 60_000 } } }),
  );
  const [initial] = useState(takeLocation);
  const [notice, setNotice] = useState(() => linkNotice(initial));
  return (
    <QueryClientProvider client={queryClient}>
      <WorkspaceProvider initialToken={initial.linked?.token ?? ''} {...(initial.linked?.publicKey ? { initialKey: initial.linked.publicKey } : {})} initialScreen={initial.screen} pushScreen={pushScreen}>
        <HistorySync onNotice={setNotice} />
        <Shell notice={notice} />
      </WorkspaceProvider>
      <UpdatePrompt />
    </QueryClientProvider>
  );
}
