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
import { createApiClients, type ApiClients } from '../api/clients';
import { ApiProvider } from '../api/context';
import { AuthContext, type AuthState } from '../auth/auth';
import type { Caller } from '../auth/claims';
import type { resourcesOf } from '../i18n/words';

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

/** Renders `ui` at `path` with a web app's providers (its words: `resources`), in `language`. */
export async function renderPage(
  ui: ReactElement,
  {
    caller,
    language = 'en',
    path = '/',
    origin = 'http://app.test',
    api = createApiClients({ getUser: async () => ({ access_token: 'test' }) } as unknown as UserManager, origin),
    route = path.split('?')[0],
    resources,
  }: {
    caller: Caller;
    resources: ReturnType<typeof resourcesOf>;
    /** The origin the API clients call (`<origin>/api/<service>`). */
    origin?: string;
    language?: 'en' | 'mn';
    path?: string;
    route?: string;
    api?: ApiClients;
  },
) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources,
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
