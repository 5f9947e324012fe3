import type { UserManager } from 'oidc-client-ts';

/** A path of this origin to return to after sign-in ('/' for anything else: no open redirect). */
export function sameOriginPath(returnTo: string | undefined, origin = window.location.origin): string {
  if (!returnTo) return '/';
  try {
    const url = new URL(returnTo, origin);
    return url.origin === origin && url.pathname !== '/callback' ? `${url.pathname}${url.search}` : '/';
  } catch {
    return '/';
  }
}

/**
 * The identity provider's redirect back to `/callback`, handled before the app renders (once, so no
 * second render can exchange the code twice or lose the user): exchanges the code (PKCE) and
 * replaces the address with where sign-in started. Back from signing out (no code), or a reload
 * after the exchange: to the overview. Answers the failure's message, if any, for the app to show.
 */
export async function completeSignIn(
  manager: UserManager,
  location: Location = window.location,
): Promise<string | undefined> {
  if (location.pathname !== '/callback') return undefined;
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) {
    window.history.replaceState(null, '', '/');
    return undefined;
  }
  try {
    const user = await manager.signinRedirectCallback(location.href);
    const state = user.state as { returnTo?: string } | undefined;
    window.history.replaceState(null, '', sameOriginPath(state?.returnTo));
    return undefined;
  } catch (error) {
    const stored = await manager.getUser();
    // The page was reloaded after the exchange: the person is signed in already.
    window.history.replaceState(null, '', '/');
    return stored && !stored.expired ? undefined : error instanceof Error ? error.message : String(error);
  }
}
