import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_FORM_BYTES = 8 * 1024;

export class FormTooLarge extends Error {}

/** A posted form (application/x-www-form-urlencoded), at most 8 KiB (FormTooLarge beyond). */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new FormTooLarge();
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** The 413's words, as the services say it of a JSON body: what is too large, and the limit. */
export const FORM_TOO_LARGE = `body: larger than ${MAX_FORM_BYTES / 1024} KB (${MAX_FORM_BYTES} bytes), the most this form accepts`;

/** The posted form, or undefined once the request was answered 413 naming the limit (over 8 KiB). */
export async function readFormOr413(req: IncomingMessage, res: ServerResponse): Promise<URLSearchParams | undefined> {
  try {
    return await readForm(req);
  } catch (error) {
    if (!(error instanceof FormTooLarge)) throw error;
    // The rest of the body is not read: the connection closes after the answer.
    res
      .writeHead(413, {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        connection: 'close',
      })
      .end(FORM_TOO_LARGE);
    return undefined;
  }
}

/** One of the provider's own pages: never cached, no script, not framed. */
export function send(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...headers,
  });
  res.end(html);
}

export const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The look of the login and sign-up pages (WCAG AA colours, visible focus). */
export const FORM_PAGE_STYLE = `body{font-family:system-ui,sans-serif;background:#f4f6f8;margin:0;display:flex;justify-content:center}
main{background:#fff;margin-top:8vh;padding:2rem;border-radius:8px;width:min(22rem,90vw);box-shadow:0 1px 4px #0002}
h1{font-size:1.5rem;margin:0 0 .5rem}.muted{color:#555;font-size:.9rem;margin:0}.language{margin:0 0 1rem;text-align:right}
label{display:block;margin-top:1rem}input,select,button{font:inherit}
input,select{width:100%;box-sizing:border-box;padding:.5rem;margin-top:.25rem;border:1px solid #767676;border-radius:4px}
button{width:100%;padding:.6rem 1rem;border-radius:4px;cursor:pointer}
.submit{margin-top:1.5rem;background:#1c5d99;border:1px solid #1c5d99;color:#fff}
.cancel{margin-top:.75rem;background:#fff;border:1px solid #767676;color:#222}
button:focus-visible,input:focus-visible,select:focus-visible,a:focus-visible{outline:3px solid #1c5d99;outline-offset:2px}
.error{color:#a00;margin-top:1rem}.field-error{color:#a00;margin:.25rem 0 0;font-size:.9rem}.hint{color:#555;margin:.25rem 0 0;font-size:.85rem}
input[aria-invalid="true"]{border-color:#a00}.other{margin-top:1.5rem;text-align:center}`;

/** A login or sign-up page: its language, title and the content of its one card. */
export const formPage = (language: string, title: string, body: string) => `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
${FORM_PAGE_STYLE}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
