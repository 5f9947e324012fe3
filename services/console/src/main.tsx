import '@mantine/core/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider, Notification } from '@mantine/core';
import i18next from 'i18next';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import {
  ApiError,
  createApiClients,
  ApiProvider,
  AuthProvider,
  createUserManager,
  completeSignIn,
  theme,
  initI18n,
  loadRuntimeConfig,
} from '@aeo/web';
import { createConsoleRouter } from './app/router';
import { CONSOLE_WORDS } from './i18n/resources';

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

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const [config] = await Promise.all([
      loadRuntimeConfig(),
      initI18n({ words: CONSOLE_WORDS, storageKey: 'aeo.console.language' }),
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
                <RouterProvider router={createConsoleRouter()} />
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

void start();
