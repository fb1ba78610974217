// Browser mode: the same router as the desktop app, bound to POST /api/<name> on
// 127.0.0.1, next to the built renderer. See web/guard.ts for who gets an answer.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Router } from '../router/router';
import { ATTACHMENT_TYPES } from '../db/meetings/attachments';
import { CONTENT_SECURITY_POLICY } from './csp';
import { TOKEN_COOKIE, judgeRequest } from './guard';
import { resolveStatic } from './static';

const MAX_BODY = 32 * 1024 * 1024;

/** What exports/ serves, by extension: anything else there is not handed out. */
const EXPORT_TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  /** 街道下发文件 (issue 30). */
  '.json': 'application/json; charset=utf-8',
  '.sqlite': 'application/octet-stream',
};

const REFUSALS = {
  'bad-host': [421, '拒绝访问：请通过 127.0.0.1 访问本程序。'],
  'bad-origin': [403, '拒绝访问：请求不是来自本程序的页面。'],
  'no-token': [401, '拒绝访问：请使用启动时显示的完整地址（包含 token）打开本程序。'],
} as const;

export interface WebHost {
  port: number;
  url: string;
  close(): Promise<void>;
}

function securityHeaders(res: http.ServerResponse) {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendText(res: http.ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startWebHost(opts: {
  router: Router;
  staticDir: string;
  exportsDir?: string;
  attachmentsDir?: string;
  token: string;
  port?: number;
}): Promise<WebHost> {
  const { router, staticDir, token } = opts;
  let port = 0;

  async function handleApi(name: string, req: http.IncomingMessage, res: http.ServerResponse) {
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body ? JSON.parse(body) : {};
    } catch {
      res.writeHead(400, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: '请求内容不是有效的数据' } }));
      return;
    }
    const result = await router.handle(name, input);
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(result));
  }

  function sendExport(encodedName: string, res: http.ServerResponse) {
    const found = opts.exportsDir ? resolveStatic(opts.exportsDir, '/' + encodedName) : null;
    // Exports are workbooks, 上报包 (.zip) and 街道下发文件 (.json); a backup copied out in browser mode is the one .sqlite served.
    const type = found ? EXPORT_TYPES[found.file.slice(found.file.lastIndexOf('.'))] : undefined;
    if (!found || !type) return sendText(res, 404, '找不到该导出文件，请重新导出');
    const name = encodeURIComponent(found.file.split(/[\\/]/).pop() as string);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename*=UTF-8''${name}`,
      'Cache-Control': 'no-store',
    });
    // Delivered: the plain workbook (or backup copy) does not stay in the data folder.
    res.on('finish', () => fs.rm(found.file, { force: true }, () => undefined));
    fs.createReadStream(found.file).pipe(res);
  }

  function sendAttachment(sha: string, name: string, res: http.ServerResponse) {
    const found = opts.attachmentsDir && /^[0-9a-f]{64}$/.test(sha) ? resolveStatic(opts.attachmentsDir, '/' + sha) : null;
    if (!found) return sendText(res, 404, '找不到该附件');
    const safeName = name.replace(/[\\/\r\n"]/g, '_');
    res.writeHead(200, {
      'Content-Type': ATTACHMENT_TYPES[safeName.slice(safeName.lastIndexOf('.')).toLowerCase()] ?? 'application/octet-stream',
      'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(safeName)}`,
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(found.file).pipe(res);
  }

  const respond = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    securityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // The printed address carries the token once; it becomes a same-site cookie so the
    // page's own assets and API calls are authorised without the token in every URL.
    const urlToken = req.method === 'GET' && url.pathname === '/' ? url.searchParams.get('token') : null;
    const verdict = judgeRequest(req.headers, port, token, urlToken);
    if (verdict !== 'ok') {
      const [status, text] = REFUSALS[verdict];
      sendText(res, status, text);
      return;
    }
    if (urlToken !== null) {
      res.writeHead(302, { 'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`, Location: '/' });
      res.end();
      return;
    }
    try {
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return sendText(res, 405, '请使用 POST 调用接口');
        return await handleApi(url.pathname.slice('/api/'.length), req, res);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, '不支持的请求');
      if (url.pathname.startsWith('/exports/')) return sendExport(url.pathname.slice('/exports/'.length), res);
      if (url.pathname.startsWith('/attachments/'))
        return sendAttachment(url.pathname.slice('/attachments/'.length), url.searchParams.get('name') ?? '附件', res);
      // Unknown paths get the app shell: the renderer routes on the client.
      const found = resolveStatic(staticDir, url.pathname) ?? resolveStatic(staticDir, '/index.html');
      if (!found) return sendText(res, 500, '界面文件缺失，请先运行 npm run build');
      const isShell = found.file.endsWith('index.html');
      res.writeHead(200, { 'Content-Type': found.type, 'Cache-Control': isShell ? 'no-store' : 'max-age=31536000, immutable' });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(found.file).pipe(res);
    } catch {
      if (!res.headersSent) sendText(res, 500, '服务出错，请重试');
      else res.destroy();
    }
  };
  // Node does not wait for a listener's promise: whatever respond() lets escape (before its
  // own try) ends the one response instead of going unhandled and stopping the process.
  const server = http.createServer((req, res) => {
    respond(req, res).catch(() => res.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
