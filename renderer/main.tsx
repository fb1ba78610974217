import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { AppShell } from './AppShell';
import { earlyReady } from './earlyCalls';
import { queryClient } from './queryClient';

// One render with the first screen's data rather than a skeleton first (early.ts).
await earlyReady();

// No antd here: pages that use it are wrapped in AntdRoot, which loads with them.
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AppShell />
    </QueryClientProvider>
  </StrictMode>,
);
