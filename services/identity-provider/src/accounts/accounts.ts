import { randomUUID } from 'node:crypto';
import type { Account, KoaContextWithOIDC } from 'oidc-provider';
import type { Pool, PoolClient } from 'pg';
import type { AuthenticatedUser, Role } from '@aeo/auth';
import type { IdentityAccount } from './demo-users';
import { hashPassword, UNKNOWN_ACCOUNT_HASH, verifyPassword } from './passwords';

/** The claims of the contract an account's tokens carry (each only when the account has it). */
export function claimsOf(account: AuthenticatedUser): Record<string, unknown> {
  const claims: Record<string, unknown> = { name: account.name, roles: [...account.roles] };
  if (account.region) claims['region'] = account.region;
  if (account.taxpayerId) claims['taxpayerId'] = account.taxpayerId;
  if (account.partnerCountry) claims['partnerCountry'] = account.partnerCountry;
  return claims;
}

/** A new account as the sign-up gives it (the password in clear: it is hashed here). */
export interface NewAccount {
  login: string;
  password: string;
  name: string;
  email: string;
  language: 'mn' | 'en';
  roles: readonly Role[];
  taxpayerId?: string;
}

/** The login is another account's already (in any case). */
export class LoginTaken extends Error {}

interface AccountRow {
  sub: string;
  login: string;
  password_hash: string;
  name: string;
  email: string | null;
  language: 'mn' | 'en';
  roles: Role[];
  region: string | null;
  taxpayer_id: string | null;
  partner_country: string | null;
  disabled_at: Date | null;
}

const COLUMNS =
  'sub, login, password_hash, name, email, language, roles, region, taxpayer_id, partner_country, disabled_at';

const accountOf = (row: AccountRow): IdentityAccount & { disabled: boolean } => ({
  sub: row.sub,
  login: row.login,
  passwordHash: row.password_hash,
  name: row.name,
  roles: row.roles,
  ...(row.email ? { email: row.email } : {}),
  language: row.language,
  ...(row.region ? { region: row.region } : {}),
  ...(row.taxpayer_id ? { taxpayerId: row.taxpayer_id } : {}),
  ...(row.partner_country ? { partnerCountry: row.partner_country } : {}),
  disabled: row.disabled_at !== null,
});

const UNIQUE_VIOLATION = '23505';

/**
 * The accounts, in PostgreSQL (table `accounts` of aeo_identity). A disabled account
 * (`disabled_at` set) is unknown to sign-in and to token issuing: its codes and refresh tokens
 * are refused (oidc-provider finds no account), its session asks for a login again.
 */
export class Accounts {
  constructor(private readonly pool: Pool) {}

  private async one(where: string, value: string): Promise<(IdentityAccount & { disabled: boolean }) | undefined> {
    const { rows } = await this.pool.query<AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE ${where}`, [value]);
    return rows[0] ? accountOf(rows[0]) : undefined;
  }

  /** The account of a token's subject, if it exists and is not disabled. */
  async find(sub: string): Promise<IdentityAccount | undefined> {
    const account = await this.one('sub = $1', sub);
    return account && !account.disabled ? account : undefined;
  }

  /**
   * The account when the password is its own and it is not disabled; a wrong password, an unknown
   * login and a disabled account are one answer, in the same time (a password is always checked).
   */
  async authenticate(login: string, password: string): Promise<IdentityAccount | undefined> {
    const account = await this.one('lower(login) = lower($1)', login.trim());
    const matches = await verifyPassword(password, account?.passwordHash ?? UNKNOWN_ACCOUNT_HASH);
    return matches && account && !account.disabled ? account : undefined;
  }

  /** oidc-provider's findAccount: the ID token's and userinfo's claims. */
  findAccount = async (_ctx: KoaContextWithOIDC, sub: string): Promise<Account | undefined> => {
    const account = await this.find(sub);
    if (!account) return undefined;
    return { accountId: sub, claims: async () => ({ sub, ...claimsOf(account) }) };
  };

  /**
   * Creates an account with a generated, stable `sub`; LoginTaken when the login is another's.
   * `before` runs before the account is committed (a company invitation's redemption): when it
   * throws, no account is created.
   */
  async create(account: NewAccount, before?: (created: IdentityAccount) => Promise<void>): Promise<IdentityAccount> {
    const sub = randomUUID();
    const passwordHash = await hashPassword(account.password);
    try {
      return await this.inTransaction(async (client) => {
        const created = await this.insert(client, sub, passwordHash, account);
        await before?.(created);
        return created;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new LoginTaken(account.login);
      throw error;
    }
  }

  private async insert(
    client: PoolClient,
    sub: string,
    passwordHash: string,
    account: NewAccount,
  ): Promise<IdentityAccount> {
    const { rows } = await client.query<AccountRow>(
      `INSERT INTO accounts (sub, login, password_hash, name, email, language, roles, taxpayer_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [
        sub,
        account.login,
        passwordHash,
        account.name,
        account.email,
        account.language,
        account.roles,
        account.taxpayerId ?? null,
      ],
    );
    return accountOf(rows[0]);
  }

  /**
   * Writes the demo accounts as published (same subs, logins, passwords and claims); an account an
   * operator disabled stays disabled.
   */
  async upsertDemo(accounts: readonly IdentityAccount[]): Promise<void> {
    await this.inTransaction(async (client) => {
      for (const account of accounts)
        await client.query(
          `INSERT INTO accounts (sub, login, password_hash, name, email, language, roles, region, taxpayer_id, partner_country)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT (sub) DO UPDATE
             SET login = EXCLUDED.login, password_hash = EXCLUDED.password_hash, name = EXCLUDED.name,
                 email = EXCLUDED.email, language = EXCLUDED.language, roles = EXCLUDED.roles,
                 region = EXCLUDED.region, taxpayer_id = EXCLUDED.taxpayer_id, partner_country = EXCLUDED.partner_country`,
          [
            account.sub,
            account.login,
            account.passwordHash,
            account.name ?? account.login,
            account.email ?? null,
            account.language ?? 'mn',
            account.roles,
            account.region ?? null,
            account.taxpayerId ?? null,
            account.partnerCountry ?? null,
          ],
        );
    });
  }

  /**
   * Disables (or enables again) the account of a login; a disabled account's sessions, grants,
   * codes and refresh tokens are deleted too. Returns the account's sub, undefined for no account.
   */
  async setDisabled(login: string, disabled: boolean): Promise<string | undefined> {
    return this.inTransaction(async (client) => {
      const { rows } = await client.query<{ sub: string }>(
        `UPDATE accounts SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) END
          WHERE lower(login) = lower($1) RETURNING sub`,
        [login.trim(), disabled],
      );
      const sub = rows[0]?.sub;
      if (sub && disabled) await client.query("DELETE FROM oidc_models WHERE payload->>'accountId' = $1", [sub]);
      return sub;
    });
  }

  /** Disables the demo accounts an earlier start wrote (IDENTITY_DEMO_ACCOUNTS=false); returns how many. */
  async disableDemo(accounts: readonly IdentityAccount[]): Promise<number> {
    return this.inTransaction(async (client) => {
      const { rows } = await client.query<{ sub: string }>(
        'UPDATE accounts SET disabled_at = now() WHERE sub = ANY($1) AND disabled_at IS NULL RETURNING sub',
        [accounts.map((account) => account.sub)],
      );
      const subs = rows.map((row) => row.sub);
      if (subs.length) await client.query("DELETE FROM oidc_models WHERE payload->>'accountId' = ANY($1)", [subs]);
      return subs.length;
    });
  }

  private async inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }
}
