import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Called with every message as received (raw RFC 5322) and its envelope recipients. */
  onMessage: (raw: Buffer, recipients: string[]) => void | Promise<void>;
  /** How long to wait before answering the message (a slow server); default 0. */
  answerDelayMs?: (recipients: string[]) => number;
  /** Default: a free port. */
  port?: number;
}

/** A real SMTP server on loopback (no TLS, no authentication) for tests and the local mail sink. */
export async function startTestSmtpServer(options: TestSmtpOptions): Promise<TestSmtpServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        Promise.resolve(options.onMessage(Buffer.concat(chunks), recipients)).then(
          () => setTimeout(() => callback(), options.answerDelayMs?.(recipients) ?? 0),
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A client gone mid-transaction (e.g. it timed out during a slow answer) is its own business.
  server.on('error', () => undefined);
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
