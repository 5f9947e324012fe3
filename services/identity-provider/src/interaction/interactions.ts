import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { Accounts } from '../accounts/accounts';
import { FIRST_PARTY_CLIENTS } from '../clients/clients';
import type { Signup } from '../signup/signup';
import { csrfMatches, csrfToken } from './csrf';
import { readFormOr413, send } from './html';
import { languageOf, loginPage } from './login-page';
import { MAX_PASSWORD_ATTEMPTS, type LoginAttempts } from './login-attempts';

/**
 * The login (interaction) pages of oidc-provider: GET /interaction/:uid shows the form, POST
 * /interaction/:uid/login checks the password, POST /interaction/:uid/abort gives up. The form
 * carries a CSRF token bound to the interaction (HMAC of its uid); the interaction's own cookie
 * (SameSite=Lax, its path only) is required too, so another site cannot post it. A sign-in gets
 * MAX_PASSWORD_ATTEMPTS password attempts; the next ends it with access_denied.
 */
export class Interactions {
  constructor(
    private readonly provider: Provider,
    private readonly accounts: Accounts,
    private readonly loginAttempts: LoginAttempts,
    private readonly csrfKey: string,
    /** The sign-up of a company's first user, when IDENTITY_TRADER_SIGNUP is on. */
    private readonly signup?: Signup,
  ) {}

  private csrfOf(uid: string): string {
    return csrfToken(this.csrfKey, `interaction:${uid}`);
  }

  private csrfValid(uid: string, given: string | null): boolean {
    return csrfMatches(this.csrfKey, `interaction:${uid}`, given);
  }

  /** Ends the sign-in: the client gets the OAuth error at its redirect URI. */
  private async endWithError(
    req: IncomingMessage,
    res: ServerResponse,
    error: string,
    description: string,
  ): Promise<void> {
    await this.provider.interactionFinished(
      req,
      res,
      { error, error_description: description },
      { mergeWithLastSubmission: false },
    );
  }

  /**
   * Consent is not asked of the administration's own clients (FIRST_PARTY_CLIENTS): the grant gets
   * what was requested, within the client's allowed scopes (oidc-provider checked them already).
   */
  private async consent(
    req: IncomingMessage,
    res: ServerResponse,
    details: Awaited<ReturnType<Provider['interactionDetails']>>,
    clientId: string,
  ): Promise<void> {
    if (!FIRST_PARTY_CLIENTS.has(clientId)) {
      await this.endWithError(req, res, 'consent_required', 'this provider grants first-party clients only');
      return;
    }
    const accountId = details.session?.accountId;
    const grant = details.grantId
      ? await this.provider.Grant.find(details.grantId)
      : new this.provider.Grant({ accountId, clientId });
    if (!grant) throw new Error('the interaction names an unknown grant');
    const missing = details.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
      grant.addResourceScope(indicator, scopes.join(' '));
    const grantId = await grant.save();
    await this.provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  /** Answers the request when it is an interaction's; false otherwise. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const match = /^\/interaction\/([A-Za-z0-9_-]+)(\/login|\/abort|\/signup)?$/.exec(url.pathname);
    if (!match) return false;
    const [, uid, action] = match;
    if (action === '/signup' && !this.signup) {
      res.writeHead(404).end();
      return true;
    }
    const details = await this.provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const clientId = String(details.params['client_id'] ?? '');
    if (action === '/signup' && this.signup) {
      if (details.prompt.name !== 'login') throw new Error(`unexpected prompt ${details.prompt.name}`);
      await this.signup.duringSignIn(req, res, url, uid, details.params['ui_locales'] as string | undefined);
      return true;
    }
    if (!action && req.method === 'GET' && details.prompt.name === 'consent') {
      await this.consent(req, res, details, clientId);
      return true;
    }
    if (!action && req.method === 'GET') {
      if (details.prompt.name !== 'login') throw new Error(`unexpected prompt ${details.prompt.name}`);
      const language = languageOf(url.searchParams.get('lang') ?? undefined, details.params['ui_locales'] as string);
      send(res, 200, loginPage({ uid, csrf: this.csrfOf(uid), language, clientId, signup: !!this.signup }));
      return true;
    }
    if (!action || req.method !== 'POST') {
      res.writeHead(405, { allow: action ? 'POST' : 'GET' }).end();
      return true;
    }
    const form = await readFormOr413(req, res);
    if (!form) return true;
    if (!this.csrfValid(uid, form.get('csrf'))) {
      send(res, 403, 'The form expired or came from another site: start the sign-in again.');
      return true;
    }
    if (action === '/abort') {
      await this.endWithError(req, res, 'access_denied', 'the user cancelled the sign-in');
      return true;
    }
    const attempts = await this.loginAttempts.count(uid, new Date(details.exp * 1000));
    if (attempts > MAX_PASSWORD_ATTEMPTS) {
      await this.endWithError(req, res, 'access_denied', 'too many wrong passwords: start the sign-in again');
      return true;
    }
    const login = form.get('login') ?? '';
    const account = await this.accounts.authenticate(login, form.get('password') ?? '');
    if (!account) {
      const language = languageOf(form.get('lang') ?? undefined);
      send(
        res,
        401,
        loginPage({ uid, csrf: this.csrfOf(uid), language, clientId, login, failed: true, signup: !!this.signup }),
      );
      return true;
    }
    await this.provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub } },
      { mergeWithLastSubmission: false },
    );
    return true;
  }
}
