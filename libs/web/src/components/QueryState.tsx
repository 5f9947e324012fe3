import type { ReactNode } from 'react';
import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/clients';
import { useAuth } from '../auth/auth';

/** What a failed load means to the person, by the API's status (the service's own words follow in small print). */
const LOAD_FAILURE: Record<number, string> = {
  400: 'loadState.invalid',
  403: 'loadState.forbidden',
  404: 'loadState.notFound',
};

/** A query's loading and error states (what the failure means, the API's own message, a retry); its data to `children`. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  if (query.isPending) return <Loader aria-label={t('app.loading')} size="sm" />;
  if (query.isError) {
    const error = query.error instanceof ApiError ? query.error : undefined;
    return (
      <Alert
        color="red"
        title={error && LOAD_FAILURE[error.status] ? t(LOAD_FAILURE[error.status]) : t('loadState.failed')}
        role="alert"
        data-testid="load-error"
      >
        <Stack gap="xs" align="flex-start">
          <Text size="xs" c="gray.7">
            {error ? t('loadState.details', { status: error.status, message: error.message }) : String(query.error)}
          </Text>
          {error?.status === 401 ? (
            // The token is no longer accepted (expired, revoked keys, tampered): sign in again.
            <Button size="xs" onClick={() => void auth.signIn()}>
              {t('app.signInAgain')}
            </Button>
          ) : error && error.status < 500 ? null : (
            <Button size="xs" variant="default" onClick={() => void query.refetch()}>
              {t('app.retry')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
