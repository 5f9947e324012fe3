import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, checkRequest, unwrap, useApi } from '@aeo/web';
import { emptyFields, OperatorFieldset, toRegistration, useFieldLabels } from './operator-form';

/**
 * The company's registration (POST /v1/operators) when the trader's company (the token's taxpayer
 * id) is not registered yet: the registration's fields, checked against the API's own request
 * schema before sending and each refusal shown beside its field; the registering user becomes the
 * company's first administrator.
 */
export function RegistrationForm({ taxpayerId }: { taxpayerId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const labels = useFieldLabels();
  const [fields, setFields] = useState(() => emptyFields(taxpayerId, i18n.language === 'en' ? 'en' : 'mn'));
  // One key per form: a retry after a lost answer registers the company once.
  const [key] = useState(() => crypto.randomUUID());
  const register = useMutation({
    mutationFn: async () => {
      const body = toRegistration(fields);
      checkRequest('applications', 'POST /v1/operators', body, t);
      return unwrap(api.applications.POST('/v1/operators', { body, params: { header: { 'Idempotency-Key': key } } }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['operators'] }),
  });
  const failure = register.error instanceof ApiError ? register.error : undefined;
  const errors = failure?.fieldErrors ?? {};
  const refused = Object.entries(errors);
  return (
    <Paper withBorder p="lg" maw={880}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          register.mutate();
        }}
        aria-labelledby="registration-title"
      >
        <Stack>
          <Title order={2} id="registration-title">
            {t('company.registerTitle')}
          </Title>
          <Text>{t('company.registerIntro', { taxpayerId })}</Text>
          <OperatorFieldset fields={fields} onChange={setFields} errors={errors} identity />
          {register.error && (
            <Alert
              color="red"
              role="alert"
              data-testid="registration-error"
              title={failure?.checkedBeforeSending ? t('check.title') : t('action.refused')}
            >
              {refused.length ? (
                refused.map(([field, message]) => (
                  <Text size="sm" key={field}>
                    {labels[field] ?? field}: {message}
                  </Text>
                ))
              ) : (
                <Text size="sm">{failure ? `${failure.status}: ${failure.message}` : String(register.error)}</Text>
              )}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={register.isPending} data-testid="register-company">
              {t('company.register')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
