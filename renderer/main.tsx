import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'antd/dist/antd.css';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AppShell } from './AppShell';
import { earlyReady } from './earlyCalls';

dayjs.locale('zh-cn');

// One render with the first screen's data rather than a skeleton first (early.ts).
await earlyReady();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ zeroRuntime: true, token: { colorPrimary: '#c8161d', fontSize: 15 } }}>
      <AntApp>
        <AppShell />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
