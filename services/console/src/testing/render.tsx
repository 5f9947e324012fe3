import type { ReactElement, ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { UserManager } from 'oidc-client-ts';
import { createApiClients, type ApiClients, ApiProvider, AuthContext, type AuthState, type Caller } from '@aeo/web';
import { RESOURCES } from '../i18n/resources';

/** A signed-in caller for component tests (the token itself is never read here). */
export function fakeAuth(caller: Caller): AuthState {
  return {
    manager: {} as UserManager,
    user: { access_token: 'test', expired: false } as AuthState['user'],
    caller,
    ready: true,
    signIn: async () => undefined,
    signOut: async () => undefined,
  };
}

/** Renders `ui` at `path` with the console's providers, in `language`. */
export async function renderPage(
  ui: ReactElement,
  {
    caller,
    language = 'en',
    path = '/',
    api = createApiClients(
      { getUser: async () => ({ access_token: 'test' }) } as unknown as UserManager,
      'http://console.test',
    ),
    route = path.split('?')[0],
  }: { caller: Caller; language?: 'en' | 'mn'; path?: string; route?: string; api?: ApiClients },
) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  const rootRoute = createRootRoute();
  const page = createRoute({ getParentRoute: () => rootRoute, path: route, component: () => ui });
  const router = createRouter({
    routeTree: rootRoute.addChildren([page]),
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  const Providers = ({ children }: { children: ReactNode }) => (
    <MantineProvider>
      <I18nextProvider i18n={i18n}>
        <AuthContext.Provider value={fakeAuth(caller)}>
          <ApiProvider clients={api}>
            <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
              {children}
            </QueryClientProvider>
          </ApiProvider>
        </AuthContext.Provider>
      </I18nextProvider>
    </MantineProvider>
  );
  return render(<RouterProvider router={router} />, { wrapper: Providers });
}
