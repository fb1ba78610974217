// The window shows only the app's own files: no navigation away, no new windows, no
// permissions, and no network request at all (the ledger holds personal data).
import { pathToFileURL } from 'node:url';
import type { Session, WebContents, WebFrameMain } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../web/csp';

export function appUrl(rendererIndexHtml: string): string {
  return pathToFileURL(rendererIndexHtml).href;
}

/** The page itself, with or without a #/route. */
export function isAppUrl(url: string, rendererIndexHtml: string): boolean {
  return url.split('#')[0] === appUrl(rendererIndexHtml);
}

export function isTrustedSender(frame: Pick<WebFrameMain, 'url'> | null | undefined, rendererIndexHtml: string): boolean {
  return !!frame && isAppUrl(frame.url, rendererIndexHtml);
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith('file://') || details.url.startsWith('devtools://') || details.url.startsWith('data:') || details.url.startsWith('blob:');
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

export function hardenWebContents(contents: WebContents, rendererIndexHtml: string): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, rendererIndexHtml)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
