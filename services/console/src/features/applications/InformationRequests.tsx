import { useState } from 'react';
import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, checkRequest, ActionDialog, formatDate, QueryState, CountedTextarea } from '@aeo/web';

/**
 * The application's information requests with the operator's replies; a contact officer or
 * regional office asks for missing information during acceptance (the acceptance period stops
 * until the reply, at most until the due date).
 */
export function InformationRequests({ applicationId, canAsk }: { applicationId: string; canAsk: boolean }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [questions, setQuestions] = useState('');
  const [dueInDays, setDueInDays] = useState<number | string>(14);
  const requests = useQuery({
    queryKey: ['applications', applicationId, 'information-requests'],
    queryFn: () =>
      unwrap(
        api.applications.GET('/v1/applications/{applicationId}/information-requests', {
          params: { path: { applicationId } },
        }),
      ),
  });
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('information.title')}
        </Title>
        {canAsk && (
          <Button
            size="xs"
            onClick={() => {
              setQuestions('');
              setOpened(true);
            }}
            data-testid="ask-information"
          >
            {t('information.ask')}
          </Button>
        )}
      </Group>
      <QueryState query={requests}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm">{t('information.none')}</Text>
          ) : (
            <Stack gap="sm">
              {list.map((request) => (
                <div key={request.id}>
                  <Text size="sm" fw={500}>
                    {request.questions}
                  </Text>
                  <Text size="xs" c="gray.7">
                    {request.requestedBy} · {formatDate(request.requestedAt, i18n.language)} · {t('information.dueBy')}{' '}
                    {formatDate(request.dueBy, i18n.language)}
                  </Text>
                  <Text size="sm" mt={4}>
                    {request.response
                      ? `${t('information.reply')}: ${request.response} (${request.respondedBy}, ${formatDate(request.respondedAt, i18n.language)})`
                      : t('information.awaiting')}
                  </Text>
                </div>
              ))}
            </Stack>
          )
        }
      </QueryState>
      <ActionDialog
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('information.ask')}
        effect={t('information.effect')}
        submitLabel={t('information.send')}
        onSubmit={async (key) => {
          const body = { questions: questions.trim(), dueInDays: Number(dueInDays) };
          checkRequest('applications', 'POST /v1/applications/{applicationId}/information-requests', body, t);
          await unwrap(
            api.applications.POST('/v1/applications/{applicationId}/information-requests', {
              params: { path: { applicationId }, header: { 'Idempotency-Key': key } },
              body,
            }),
          );
          await queryClient.invalidateQueries({ queryKey: ['applications', applicationId] });
        }}
      >
        {(errors) => (
          <>
            <CountedTextarea
              maxLength={4000}
              label={t('information.questions')}
              required
              autosize
              minRows={3}
              value={questions}
              onChange={(event) => setQuestions(event.currentTarget.value)}
              error={errors['questions']}
              data-testid="information-questions"
            />
            <NumberInput
              label={t('information.dueInDays')}
              min={1}
              max={365}
              value={dueInDays}
              onChange={setDueInDays}
              error={errors['dueInDays']}
            />
          </>
        )}
      </ActionDialog>
    </Card>
  );
}
