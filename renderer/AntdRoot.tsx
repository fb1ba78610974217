// antd's provider, locale, theme and stylesheet, loaded with the first page that uses antd.
// 首页 and the frame are plain markup (components/plain): with antd in the first bundle,
// its code and its 1 MB stylesheet were on the first paint's path for a screen that uses none.
import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'antd/dist/antd.css';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');

const THEME = { zeroRuntime: true, token: { colorPrimary: '#c8161d', fontSize: 15 } };

export default function AntdRoot({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
