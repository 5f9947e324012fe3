import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { LoginTaken, type Accounts } from '../accounts/accounts';
import { csrfMatches, csrfToken } from '../interaction/csrf';
import { readFormOr413, send } from '../interaction/html';
import type { AttemptCounter } from '../interaction/login-attempts';
import { languageOf, type Language } from '../interaction/login-page';
import { checkSignup } from './signup-form';
import { signupDonePage, signupExpired, signupPage } from './signup-page';

/** The cookie a standalone sign-up form is bound to (its CSRF token is an HMAC of it). */
const COOKIE = 'aeo_signup';
const HOUR_MS = 3_600_000;

export interface SignupOptions {
  csrfKey: string;
  attemptsPerHour: number;
  taxpayerIdPattern: string;
  /** The issuer is https (behind a TLS proxy): the cookie is Secure and the client is X-Forwarded-For's last hop. */
  behindProxy: boolean;
  log: (line: string) => void;
}

/** The value of a form's cookie (32 random bytes, base64url) when the request carries one. */
export const formCookieOf = (req: IncomingMessage, cookieName: string): string | undefined =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name, value]) => name === cookieName && /^[A-Za-z0-9_-]{43}$/.test(value ?? ''))?.[1];
const cookieOf = (req: IncomingMessage) => formCookieOf(req, COOKIE);

/**
 * Counts one more post of the client's address this hour; beyond `attemptsPerHour`, the seconds
 * until the next hour (its Retry-After), else undefined.
 */
export async function hourlyLimitReached(
  attempts: AttemptCounter,
  req: IncomingMessage,
  options: { attemptsPerHour: number; behindProxy: boolean },
): Promise<number | undefined> {
  const hour = Math.floor(Date.now() / HOUR_MS);
  const count = await attempts.count(
    `${clientAddressOf(req, options.behindProxy)}@${hour}`,
    new Date((hour + 1) * HOUR_MS),
  );
  return count > options.attemptsPerHour ? Math.ceil(((hour + 1) * HOUR_MS - Date.now()) / 1000) : undefined;
}

/** The client's address as this server sees it; behind the TLS proxy, the address the proxy added last. */
export function clientAddressOf(req: IncomingMessage, behindProxy: boolean): string {
  const forwarded = behindProxy
    ? String(req.headers['x-forwarded-for'] ?? '')
        .split(',')
        .pop()
        ?.trim()
    : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}

/**
 * A company's first user creates an `operator-user` account carrying the company's taxpayer id
 * (IDENTITY_TRADER_SIGNUP): at /signup on its own (then "account created, sign in"), or from the
 * login page during a sign-in (/interaction/<uid>/signup: the sign-in then goes on as that
 * account). The stand-in for the administration's enrolment (e-ID), which a deployment replaces.
 * Posts are counted per client address and hour (IDENTITY_SIGNUP_ATTEMPTS_PER_HOUR, 429 beyond).
 */
export class Signup {
  constructor(
    private readonly provider: Provider,
    private readonly accounts: Accounts,
    private readonly attempts: AttemptCounter,
    private readonly options: SignupOptions,
  ) {}

  /** Answers /signup (GET the form, POST it); false for another path. */
  async standalone(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (url.pathname !== '/signup') return false;
    if (req.method === 'GET') {
      const cookie = cookieOf(req) ?? randomBytes(32).toString('base64url');
      const secure = this.options.behindProxy ? '; Secure' : '';
      send(res, 200, this.page(url, '/signup', this.csrfOfCookie(cookie)), {
        'set-cookie': `${COOKIE}=${cookie}; Path=/signup; HttpOnly; SameSite=Strict${secure}`,
      });
      return true;
    }
    const cookie = cookieOf(req);
    await this.post(
      req,
      res,
      '/signup',
      (given) => !!cookie && csrfMatches(this.options.csrfKey, `signup:${cookie}`, given),
      {
        csrf: cookie ? this.csrfOfCookie(cookie) : '',
        done: (language, login) => send(res, 201, signupDonePage(language, login)),
      },
    );
    return true;
  }

  /** Answers /interaction/<uid>/signup: the interaction's cookie came with it (oidc-provider checked it). */
  async duringSignIn(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    uid: string,
    uiLocales: string | undefined,
  ): Promise<void> {
    const action = `/interaction/${encodeURIComponent(uid)}/signup`;
    const back = `/interaction/${encodeURIComponent(uid)}`;
    const csrf = csrfToken(this.options.csrfKey, `signup:interaction:${uid}`);
    if (req.method === 'GET') {
      send(res, 200, this.page(url, action, csrf, uiLocales, back));
      return;
    }
    await this.post(
      req,
      res,
      action,
      (given) => csrfMatches(this.options.csrfKey, `signup:interaction:${uid}`, given),
      {
        csrf,
        back,
        done: (_language, _login, sub) =>
          this.provider.interactionFinished(
            req,
            res,
            { login: { accountId: sub } },
            { mergeWithLastSubmission: false },
          ),
      },
    );
  }

  private csrfOfCookie(cookie: string): string {
    return csrfToken(this.options.csrfKey, `signup:${cookie}`);
  }

  private page(url: URL, action: string, csrf: string, uiLocales?: string, back?: string): string {
    const language = languageOf(url.searchParams.get('lang') ?? undefined, uiLocales);
    return signupPage({ action, csrf, language, taxpayerIdPattern: this.options.taxpayerIdPattern, back });
  }

  private async post(
    req: IncomingMessage,
    res: ServerResponse,
    action: string,
    csrfValid: (given: string | null) => boolean,
    then: {
      csrf: string;
      back?: string;
      done: (language: Language, login: string, sub: string) => void | Promise<void>;
    },
  ): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'GET, POST' }).end();
      return;
    }
    const form = await readFormOr413(req, res);
    if (!form) return;
    const language = languageOf(form.get('lang') ?? undefined);
    if (!csrfValid(form.get('csrf'))) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end(signupExpired(language));
      return;
    }
    const page = {
      action,
      csrf: then.csrf,
      language,
      back: then.back,
      taxpayerIdPattern: this.options.taxpayerIdPattern,
    };
    const retryAfterS = await hourlyLimitReached(this.attempts, req, this.options);
    if (retryAfterS !== undefined) {
      send(res, 429, signupPage({ ...page, alert: 'tooMany' }), { 'retry-after': String(retryAfterS) });
      return;
    }
    const checked = checkSignup(form, this.options.taxpayerIdPattern, language);
    if (!checked.account) {
      send(res, 400, signupPage({ ...page, values: checked.values, problems: checked.problems }));
      return;
    }
    try {
      const account = await this.accounts.create(checked.account);
      this.options.log(
        `account created by sign-up: sub ${account.sub}, login ${account.login}, taxpayerId ${account.taxpayerId}`,
      );
      await then.done(language, account.login, account.sub);
    } catch (error) {
      if (!(error instanceof LoginTaken)) throw error;
      send(res, 409, signupPage({ ...page, values: checked.values, problems: { login: 'loginTaken' } }));
    }
  }
}
