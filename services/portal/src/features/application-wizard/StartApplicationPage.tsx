import { useState } from 'react';
import { Alert, Anchor, Button, Checkbox, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, QueryState, unwrap, useApi } from '@aeo/web';
import { inLanguage, useProgramme } from './programme';

/**
 * Starting an application (POST /v1/applications): a card per status type of the current
 * programme version with what it is, the criteria it is examined against and its benefits.
 */
export function StartApplicationPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [consent, setConsent] = useState(false);
  const operators = useQuery({ queryKey: ['operators'], queryFn: () => unwrap(api.applications.GET('/v1/operators')) });
  const programme = useProgramme();
  const start = useMutation({
    mutationFn: (body: { operatorId: string; statusType: 'AEOC' | 'AEOS' | 'AEOF' }) =>
      unwrap(api.applications.POST('/v1/applications', { body: { ...body, consentToMraSharing: consent } })),
    onSuccess: async (application) => {
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
      await navigate({ to: '/applications/$applicationId/self-assessment', params: { applicationId: application.id } });
    },
  });
  const language = i18n.language;
  return (
    <Stack>
      <Anchor component={Link} to="/" size="sm">
        {t('wizard.back')}
      </Anchor>
      <Title order={2}>{t('wizard.startTitle')}</Title>
      <Text>{t('wizard.startIntro')}</Text>
      <Checkbox
        checked={consent}
        onChange={(event) => setConsent(event.currentTarget.checked)}
        label={t('wizard.mraConsent')}
        data-testid="mra-consent"
      />
      {start.error && (
        <Alert color="red" role="alert" title={t('wizard.startFailed')} data-testid="start-error">
          {start.error instanceof ApiError ? start.error.message : String(start.error)}
        </Alert>
      )}
      <QueryState query={operators}>
        {([operator]) => (
          <QueryState query={programme}>
            {({ document }) => (
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                {document.statusTypes.map((type) => {
                  const name = inLanguage(type.name, language);
                  return (
                    <Paper key={type.code} withBorder p="lg" data-testid={`status-type-${type.code}`}>
                      <Stack gap="sm" h="100%">
                        <Title order={3} size="h4">
                          {name}
                        </Title>
                        {type.description && <Text size="sm">{inLanguage(type.description, language)}</Text>}
                        <Title order={4} size="h6">
                          {t('wizard.criteria')}
                        </Title>
                        <List size="sm">
                          {type.sections.map((id) => {
                            const section = document.sections.find((s) => s.id === id);
                            return <List.Item key={id}>{section ? inLanguage(section.title, language) : id}</List.Item>;
                          })}
                        </List>
                        {!!type.benefits?.length && (
                          <>
                            <Title order={4} size="h6">
                              {t('wizard.benefits')}
                            </Title>
                            <List size="sm">
                              {type.benefits.map((benefit) => (
                                <List.Item key={benefit.en}>{inLanguage(benefit, language)}</List.Item>
                              ))}
                            </List>
                          </>
                        )}
                        <Button
                          mt="auto"
                          disabled={!operator}
                          loading={start.isPending && start.variables?.statusType === type.code}
                          onClick={() => operator && start.mutate({ operatorId: operator.id, statusType: type.code })}
                          data-testid={`start-${type.code}`}
                        >
                          {t('wizard.choose', { name: type.code })}
                        </Button>
                      </Stack>
                    </Paper>
                  );
                })}
              </SimpleGrid>
            )}
          </QueryState>
        )}
      </QueryState>
    </Stack>
  );
}
