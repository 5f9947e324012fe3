import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROLES } from '@aeo/auth';
import { LoginTaken, type Accounts } from '../accounts/accounts';
import { csrfMatches, csrfToken } from '../interaction/csrf';
import { readFormOr413, send } from '../interaction/html';
import type { AttemptCounter } from '../interaction/login-attempts';
import { languageOf, type Language } from '../interaction/login-page';
import { checkSignup } from '../signup/signup-form';
import { formCookieOf, hourlyLimitReached } from '../signup/signup';
import { signupExpired } from '../signup/signup-page';
import { RedemptionRefused, type ApplicationsInvitations, type InvitationFound } from './applications-invitations';
import { invitationDonePage, invitationPage, invitationProblemPage, type InvitationForm } from './invitation-page';

const PATH = '/invitation';
/** The cookie the invitation's forms are bound to (their CSRF token is an HMAC of it). */
const COOKIE = 'aeo_invitation';
const CODE = /^[A-Za-z0-9_-]{43}$/;

export interface InvitationOptions {
  csrfKey: string;
  attemptsPerHour: number;
  taxpayerIdPattern: string;
  behindProxy: boolean;
  log: (line: string) => void;
}

/**
 * /invitation?code=…: the link of a company invitation's email. The person creates an account of
 * the company (its taxpayer id the invitation's), or signs in with an existing one of it, and the
 * provider redeems the code with applications (server to server) before the new account is
 * committed: a code refused (unknown, expired, revoked, used, also by a concurrent redemption)
 * creates nothing and shows why in both languages. Posts are counted per client address and hour,
 * as the sign-up's (IDENTITY_SIGNUP_ATTEMPTS_PER_HOUR).
 */
export class InvitationPages {
  constructor(
    private readonly accounts: Accounts,
    private readonly applications: ApplicationsInvitations,
    private readonly attempts: AttemptCounter,
    private readonly options: InvitationOptions,
  ) {}

  /** Answers /invitation (GET the page, POST a form); false for another path. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (url.pathname !== PATH) return false;
    if (req.method === 'GET') {
      await this.show(req, res, url);
      return true;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'GET, POST' }).end();
      return true;
    }
    await this.post(req, res);
    return true;
  }

  private async show(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const code = url.searchParams.get('code') ?? '';
    const asked = url.searchParams.get('lang') ?? undefined;
    const invitation = CODE.test(code) ? await this.applications.lookUp(code) : undefined;
    const language = languageOf(asked, invitation?.language);
    if (!this.pending(res, language, invitation)) return;
    const cookie = cookieOf(req) ?? randomBytes(32).toString('base64url');
    const secure = this.options.behindProxy ? '; Secure' : '';
    send(res, 200, invitationPage(this.form(code, cookie, language, invitation)), {
      'set-cookie': `${COOKIE}=${cookie}; Path=${PATH}; HttpOnly; SameSite=Strict${secure}`,
    });
  }

  private async post(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const posted = await readFormOr413(req, res);
    if (!posted) return;
    const language = languageOf(posted.get('lang') ?? undefined);
    const cookie = cookieOf(req);
    if (!cookie || !csrfMatches(this.options.csrfKey, `invitation:${cookie}`, posted.get('csrf'))) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end(signupExpired(language));
      return;
    }
    const code = posted.get('code') ?? '';
    const invitation = CODE.test(code) ? await this.applications.lookUp(code) : undefined;
    if (!this.pending(res, language, invitation)) return;
    const form = { ...this.form(code, cookie, language, invitation), values: undefined };
    const retryAfterS = await hourlyLimitReached(this.attempts, req, this.options);
    if (retryAfterS !== undefined) {
      send(res, 429, invitationPage({ ...form, alert: 'tooMany' }), { 'retry-after': String(retryAfterS) });
      return;
    }
    if (posted.get('mode') === 'existing') await this.withExistingAccount(res, posted, form);
    else await this.withNewAccount(res, posted, form);
  }

  private async withNewAccount(res: ServerResponse, posted: URLSearchParams, form: InvitationForm): Promise<void> {
    const { invitation, language, code } = form;
    // The company is the invitation's, whatever the form says.
    posted.set('taxpayerId', invitation.taxpayerId);
    const checked = checkSignup(posted, this.options.taxpayerIdPattern, language);
    if (!checked.account) {
      send(res, 400, invitationPage({ ...form, values: checked.values, problems: checked.problems }));
      return;
    }
    const account = checked.account;
    try {
      const created = await this.accounts.create(account, (created) =>
        this.applications.redeem({
          code,
          sub: created.sub,
          name: account.name,
          email: account.email,
          language: account.language,
          taxpayerId: invitation.taxpayerId,
        }),
      );
      this.options.log(
        `account created by invitation ${invitation.id}: sub ${created.sub}, login ${created.login}, taxpayerId ${invitation.taxpayerId}, role ${invitation.role}`,
      );
      send(res, 201, invitationDonePage(language, invitation, created.login));
    } catch (error) {
      if (error instanceof LoginTaken) {
        send(res, 409, invitationPage({ ...form, values: checked.values, problems: { login: 'loginTaken' } }));
        return;
      }
      await this.refused(res, language, code, error);
    }
  }

  private async withExistingAccount(res: ServerResponse, posted: URLSearchParams, form: InvitationForm): Promise<void> {
    const { invitation, language, code } = form;
    const account = await this.accounts.authenticate(posted.get('login') ?? '', posted.get('password') ?? '');
    if (!account) {
      send(res, 401, invitationPage({ ...form, existingProblem: 'wrongPassword' }));
      return;
    }
    if (!account.roles.includes(ROLES.operatorUser) || account.taxpayerId !== invitation.taxpayerId) {
      send(res, 409, invitationPage({ ...form, existingProblem: 'otherCompany' }));
      return;
    }
    try {
      await this.applications.redeem({
        code,
        sub: account.sub,
        name: account.name ?? account.login,
        email: account.email ?? invitation.email,
        language: account.language ?? language,
        taxpayerId: invitation.taxpayerId,
      });
    } catch (error) {
      await this.refused(res, language, code, error);
      return;
    }
    this.options.log(`invitation ${invitation.id} accepted by account ${account.sub} (${account.login})`);
    send(res, 201, invitationDonePage(language, invitation, account.login));
  }

  /** A redemption applications refused: the invitation's status now (used by a concurrent redemption...), or its reason. */
  private async refused(res: ServerResponse, language: Language, code: string, error: unknown): Promise<void> {
    if (!(error instanceof RedemptionRefused)) throw error;
    const now = await this.applications.lookUp(code);
    if (!this.pending(res, language, now, 409)) return;
    send(res, 409, invitationProblemPage(language, 'refused', error.message));
  }

  /** True for a pending invitation; else the page says why (404 unknown, 410 no longer pending) and false. */
  private pending(
    res: ServerResponse,
    language: Language,
    invitation: InvitationFound | undefined,
    status?: number,
  ): invitation is InvitationFound {
    if (!invitation) send(res, status ?? 404, invitationProblemPage(language, 'unknown'));
    else if (invitation.status !== 'pending')
      send(res, status ?? 410, invitationProblemPage(language, invitation.status));
    else return true;
    return false;
  }

  private form(code: string, cookie: string, language: Language, invitation: InvitationFound): InvitationForm {
    return {
      action: PATH,
      code,
      csrf: csrfToken(this.options.csrfKey, `invitation:${cookie}`),
      language,
      taxpayerIdPattern: this.options.taxpayerIdPattern,
      invitation,
    };
  }
}

const cookieOf = (req: IncomingMessage) => formCookieOf(req, COOKIE);
