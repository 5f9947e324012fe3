import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider, Notification } from '@mantine/core';
import i18next from 'i18next';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError, createApiClients } from '../api/clients';
import { ApiProvider } from '../api/context';
import { AuthProvider, createUserManager } from '../auth/auth';
import { completeSignIn } from '../auth/callback';
import { initI18n } from '../i18n/i18n';
import type { Language, Words } from '../i18n/words';
import { loadRuntimeConfig, type RuntimeConfig } from '../runtime-config';
import { theme } from '../theme';

/** The sign-in that came back with an error (denied, expired, tampered): said once, over the sign-in page. */
function SignInFailure({ message }: { message: string }) {
  return (
    <Notification
      color="red"
      title={i18next.t('app.signInFailed')}
      withCloseButton={false}
      role="alert"
      style={{ position: 'fixed', bottom: 16, right: 16, maxWidth: 420 }}
    >
      {message}
    </Notification>
  );
}

/**
 * Starts a web app in #root: its settings (`/config.json`) and words, the sign-in's return handled
 * before the first render, then Mantine, sign-in, the API clients and TanStack Query around what
 * `app` renders (its router). A failure to start is said on the page.
 */
export async function startWebApp<T extends RuntimeConfig>(options: {
  words: Record<Language, Words>;
  /** Where the chosen language is kept (`aeo.console.language`). */
  languageKey: string;
  app: (config: T) => ReactNode;
}): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    const [config] = await Promise.all([
      loadRuntimeConfig<T>(),
      initI18n({ words: options.words, storageKey: options.languageKey }),
    ]);
    const manager = createUserManager(config);
    const signInFailure = await completeSignIn(manager);
    const queryClient = new QueryClient({
      defaultOptions: {
        queries: {
          staleTime: 15_000,
          // A refusal (4xx) is the answer: only failures (network, 5xx) are asked again, once.
          retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status < 500),
          refetchOnWindowFocus: false,
        },
      },
    });
    root.render(
      <StrictMode>
        <MantineProvider theme={theme}>
          <AuthProvider manager={manager}>
            <ApiProvider clients={createApiClients(manager)}>
              <QueryClientProvider client={queryClient}>
                {options.app(config)}
                {signInFailure && <SignInFailure message={signInFailure} />}
              </QueryClientProvider>
            </ApiProvider>
          </AuthProvider>
        </MantineProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(<p role="alert">{error instanceof Error ? error.message : String(error)}</p>);
  }
}
