import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { RuntimeConfig } from '../runtime-config';
import { callerOf, type Caller } from './claims';

/**
 * Sign-in through the identity provider: authorization code with PKCE (oidc-client-ts), the
 * app's public client (the console's, the portal's), tokens kept in this tab's session storage and renewed with the
 * refresh token before they expire.
 */
export function createUserManager(config: RuntimeConfig, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}/callback`,
    // The provider registers each app's loopback /callback (any port) for both ways back.
    post_logout_redirect_uri: `${origin}/callback`,
    response_type: 'code',
    scope: 'openid profile offline_access aeo.api',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    // The access token is what the services read; the profile claims come with it.
    loadUserInfo: false,
  });
}

export interface AuthState {
  manager: UserManager;
  user: User | null;
  caller: Caller | undefined;
  ready: boolean;
  signIn(returnTo?: string): Promise<void>;
  signOut(): Promise<void>;
}

export const AuthContext = createContext<AuthState | undefined>(undefined);

export function AuthProvider({ manager, children }: { manager: UserManager; children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    manager.getUser().then((stored) => {
      if (!live) return;
      setUser(stored && !stored.expired ? stored : null);
      setReady(true);
    });
    const loaded = (next: User) => setUser(next);
    const unloaded = () => setUser(null);
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(unloaded);
    manager.events.addSilentRenewError(unloaded);
    return () => {
      live = false;
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(unloaded);
      manager.events.removeSilentRenewError(unloaded);
    };
  }, [manager]);

  const value = useMemo<AuthState>(
    () => ({
      manager,
      user,
      ready,
      caller: user ? safeCallerOf(user.access_token) : undefined,
      // prompt=consent: the provider issues a refresh token (offline_access) only then; it grants
      // consent to the administration's own clients without asking.
      signIn: (returnTo = window.location.pathname + window.location.search) =>
        manager.signinRedirect({
          state: { returnTo },
          ui_locales: document.documentElement.lang || undefined,
          prompt: 'consent',
        }),
      // Signing out revokes the refresh token at the provider (a copied one stops working; access
      // tokens are signed JWTs the services check themselves, valid until they expire, an hour at
      // most), forgets the user here, then ends the provider's session (its own question).
      signOut: async () => {
        const idToken = user?.id_token;
        // oidc-provider answers a revocation 200 with an empty text body, which oidc-client-ts reports
        // as an error once the token is revoked; a failed revocation must not keep the person signed in.
        await manager.revokeTokens(['refresh_token']).catch(() => undefined);
        await manager.signoutRedirect({ id_token_hint: idToken });
      },
    }),
    [manager, user, ready],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The caller of a stored token, or undefined when the token cannot be read (then the person signs in again). */
function safeCallerOf(accessToken: string) {
  try {
    return callerOf(accessToken);
  } catch {
    return undefined;
  }
}

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
