import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './AppShell';
import { earlyReady } from './earlyCalls';

// One render with the first screen's data rather than a skeleton first (early.ts).
await earlyReady();

// No antd here: pages that use it are wrapped in AntdRoot, which loads with them.
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppShell />
  </StrictMode>,
);
