/**
 * Local stand-ins for the outside world the notifications service talks to, so that the demo
 * platform delivers for real: an SMTP server that keeps every email as an .eml file, and an
 * HTTP receiver for backend-platform webhooks that keeps every call as JSON. Never used in tests
 * (they run their own) nor in production (SMTP_URL and subscription URLs point elsewhere).
 *
 *   SMTP  127.0.0.1:${MAIL_SINK_SMTP_PORT:-2525}   → .local/mail/*.eml
 *   HTTP  127.0.0.1:${PORT:-3007}  POST /webhooks/<platform> → .local/webhooks/<platform>/*.json
 *                                  GET /messages (recent emails), GET /health/ready
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { startTestSmtpServer } from '@aeo/testing';

const ROOT = join(__dirname, '..', '..', '.local');
const MAIL_DIR = join(ROOT, 'mail');
const WEBHOOK_DIR = join(ROOT, 'webhooks');
const SMTP_PORT = Number(process.env['MAIL_SINK_SMTP_PORT'] ?? 2525);
const HTTP_PORT = Number(process.env['PORT'] ?? 3007);
mkdirSync(MAIL_DIR, { recursive: true });
mkdirSync(WEBHOOK_DIR, { recursive: true });

const recent: Array<{ at: string; to: string[]; subject: string; file: string }> = [];
const stamp = () => `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;

void startTestSmtpServer({
  port: SMTP_PORT,
  onMessage: async (raw, to) => {
    const file = join(MAIL_DIR, `${stamp()}-${to[0]?.replace(/[^A-Za-z0-9@._-]/g, '_') ?? 'unknown'}.eml`);
    writeFileSync(file, raw);
    const mail = await simpleParser(raw);
    recent.unshift({ at: new Date().toISOString(), to, subject: mail.subject ?? '', file });
    recent.length = Math.min(recent.length, 200);
  },
});

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://sink');
  if (request.method === 'GET' && url.pathname === '/health/ready') return void response.end('ok');
  if (request.method === 'GET' && url.pathname === '/messages') {
    response.setHeader('content-type', 'application/json');
    return void response.end(JSON.stringify(recent, null, 2));
  }
  const hook = /^\/webhooks\/([a-z0-9-]+)$/.exec(url.pathname);
  if (request.method === 'POST' && hook) {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const dir = join(WEBHOOK_DIR, hook[1]);
      mkdirSync(dir, { recursive: true });
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => name.startsWith('webhook-') || name.startsWith('ce-')),
      );
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // kept as text
      }
      writeFileSync(
        join(dir, `${stamp()}-${String(request.headers['webhook-id'] ?? 'call').replace(/[^A-Za-z0-9-]/g, '_')}.json`),
        JSON.stringify({ headers, body }, null, 2),
      );
      response.statusCode = 204;
      response.end();
    });
    return;
  }
  response.statusCode = 404;
  response.end();
}).listen(HTTP_PORT, '127.0.0.1', () =>
  console.log(
    JSON.stringify({
      level: 'info',
      service: 'dev-sinks',
      msg: `SMTP on ${SMTP_PORT}, webhooks and health on ${HTTP_PORT}`,
    }),
  ),
);
