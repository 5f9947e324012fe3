/** A request a component test's fake API received: method, path and JSON body (none for GET and DELETE). */
export interface SentRequest {
  method: string;
  path: string;
  body?: unknown;
}

/** A fake API's JSON answer (`status` 200 unless given), as a service answers. */
export const jsonReply = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
