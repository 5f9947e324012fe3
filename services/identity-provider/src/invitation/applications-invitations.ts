import { PLATFORM_SCOPES } from '../clients/clients';

/** The invitation behind a link's code, as applications answers its look-up. */
export interface InvitationFound {
  id: string;
  operatorName: string;
  taxpayerId: string;
  email: string;
  name: string;
  role: 'administrator' | 'member';
  language: 'mn' | 'en';
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  expiresAt: string;
}

/** Applications refused a redemption (409: no longer pending, another company's account, a user already). */
export class RedemptionRefused extends Error {}

/** This provider's own client (BACKEND_PLATFORM_CLIENTS['aeo-identity']). */
export const INVITATIONS_CLIENT_ID = 'aeo-identity';

/**
 * Applications' invitation routes, called server to server with a client-credentials token of the
 * provider's own client (`aeo-identity`, scope `aeo.invitations.redeem`), got from its own token
 * endpoint and kept until a minute before it expires.
 */
export class ApplicationsInvitations {
  private token?: { value: string; until: number };

  constructor(
    private readonly applicationsUrl: string,
    private readonly tokenEndpoint: string,
    private readonly clientSecret: string,
  ) {}

  /** The invitation of a code; undefined for a code no invitation has. */
  async lookUp(code: string): Promise<InvitationFound | undefined> {
    const response = await this.post('/v1/invitations/lookups', { code });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw await failure('look-up', response);
    return (await response.json()) as InvitationFound;
  }

  /** Accepts the invitation for the account (linked to the company in the invited role); RedemptionRefused on a 404 or 409. */
  async redeem(redemption: {
    code: string;
    sub: string;
    name: string;
    email: string;
    language: 'mn' | 'en';
    taxpayerId: string;
  }): Promise<void> {
    const response = await this.post('/v1/invitations/redemptions', redemption);
    if (response.status === 404 || response.status === 409) {
      const body = (await response.json().catch(() => ({}))) as { message?: unknown };
      throw new RedemptionRefused(String(body.message ?? response.status));
    }
    if (response.status !== 201) throw await failure('redemption', response);
  }

  private async post(path: string, body: object): Promise<Response> {
    return fetch(new URL(path, this.applicationsUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${await this.accessToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.until > Date.now()) return this.token.value;
    const response = await fetch(this.tokenEndpoint, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${INVITATIONS_CLIENT_ID}:${this.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: PLATFORM_SCOPES.invitationsRedeem }),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status !== 200) throw await failure('token', response);
    const answer = (await response.json()) as { access_token: string; expires_in: number };
    this.token = { value: answer.access_token, until: Date.now() + (answer.expires_in - 60) * 1000 };
    return answer.access_token;
  }
}

const failure = async (what: string, response: Response): Promise<Error> =>
  new Error(`invitation ${what} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
