import { useEffect, useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  unwrap,
  useApi,
  checkRequest,
  useAuth,
  hasAnyRole,
  ROLES,
  ActionDialog,
  formatDate,
  QueryState,
  CountedTextarea,
} from '@aeo/web';
import { CertificationPanel } from './CertificationPanel';
import { InformationRequests } from './InformationRequests';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** One application: its record, its operator, its deadlines, and the steps the caller may take on it. */
export function ApplicationPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { caller } = useAuth();
  const queryClient = useQueryClient();
  const { applicationId } = useParams({ from: '/applications/$applicationId' });
  // After a step the workflow records the new status a moment later (the API answers 202 first):
  // the page asks again every second until the status moved on, for 20 s at most.
  const [awaitingChangeFrom, setAwaitingChangeFrom] = useState<string>();
  const application = useQuery({
    queryKey: ['applications', applicationId],
    queryFn: () =>
      unwrap(api.applications.GET('/v1/applications/{applicationId}', { params: { path: { applicationId } } })),
    refetchInterval: (query) => (awaitingChangeFrom && query.state.data?.status === awaitingChangeFrom ? 1000 : false),
  });
  useEffect(() => {
    if (!awaitingChangeFrom) return;
    if (application.data && application.data.status !== awaitingChangeFrom) return setAwaitingChangeFrom(undefined);
    const timer = setTimeout(() => setAwaitingChangeFrom(undefined), 20_000);
    return () => clearTimeout(timer);
  }, [awaitingChangeFrom, application.data]);
  const operatorId = application.data?.operatorId;
  const operator = useQuery({
    queryKey: ['operators', operatorId],
    enabled: !!operatorId,
    queryFn: () =>
      unwrap(api.applications.GET('/v1/operators/{operatorId}', { params: { path: { operatorId: operatorId! } } })),
  });
  const [dialog, setDialog] = useState<'accept' | 'reject' | 'decide'>();
  const [reason, setReason] = useState('');
  const [decision, setDecision] = useState<'grant' | 'refuse' | 'extend'>('grant');
  const [conditions, setConditions] = useState('');
  const [days, setDays] = useState<number | string>(30);
  const refresh = async () => {
    setAwaitingChangeFrom(application.data?.status);
    await queryClient.invalidateQueries({ queryKey: ['applications'] });
  };
  const openDialog = (next: typeof dialog) => {
    setReason('');
    setConditions('');
    setDialog(next);
  };

  const accepts = hasAnyRole(caller, [ROLES.contactOfficer, ROLES.regionalOffice]);
  const decides = hasAnyRole(caller, [ROLES.executive]);

  return (
    <Stack>
      <Anchor component={Link} to="/applications">
        ← {t('queue.title')}
      </Anchor>
      <QueryState query={application}>
        {(app) => (
          <>
            <Group justify="space-between">
              <Title order={2}>{operator.data?.name ?? t('application.title')}</Title>
              <Group gap="xs">
                <Badge size="lg">{app.statusType}</Badge>
                <Badge size="lg" variant="outline" data-testid="application-status">
                  {t(`status.${app.status}`)}
                </Badge>
              </Group>
            </Group>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Card withBorder>
                <Stack gap={6}>
                  <Title order={3} size="h5">
                    {t('application.record')}
                  </Title>
                  <Field label={t('queue.region')} value={app.region} />
                  <Field label={t('application.taxpayer')} value={operator.data?.taxpayerId ?? '—'} />
                  <Field label={t('application.programmeVersion')} value={String(app.programmeVersion ?? '—')} />
                  <Field label={t('queue.submittedAt')} value={formatDate(app.submittedAt, i18n.language, true)} />
                  <Field label={t('application.acceptedAt')} value={formatDate(app.acceptedAt, i18n.language, true)} />
                  <Field label={t('application.statusReason')} value={app.statusReason ?? '—'} />
                </Stack>
              </Card>
              <Card withBorder>
                <Stack gap={6}>
                  <Title order={3} size="h5">
                    {t('application.deadlines')}
                  </Title>
                  <Field label={t('deadline.acceptance')} value={formatDate(app.acceptanceDeadline, i18n.language)} />
                  <Field label={t('deadline.decision')} value={formatDate(app.decisionDeadline, i18n.language)} />
                  <Field
                    label={t('deadline.hearing-response')}
                    value={formatDate(app.hearingRespondBy, i18n.language)}
                  />
                </Stack>
              </Card>
            </SimpleGrid>
            <Group>
              {accepts && app.status === 'submitted' && (
                <>
                  <Button onClick={() => openDialog('accept')} data-testid="accept">
                    {t('application.accept')}
                  </Button>
                  <Button color="red.8" variant="outline" onClick={() => openDialog('reject')} data-testid="reject">
                    {t('application.reject')}
                  </Button>
                </>
              )}
              {decides && (app.status === 'accepted' || app.status === 'hearing') && (
                <Button onClick={() => openDialog('decide')} data-testid="decide">
                  {t('application.decide')}
                </Button>
              )}
            </Group>
            {app.status !== 'draft' && (
              <InformationRequests applicationId={applicationId} canAsk={accepts && app.status === 'submitted'} />
            )}
            {app.status !== 'draft' && <CertificationPanel applicationId={applicationId} />}
            <ActionDialog
              opened={dialog === 'accept' || dialog === 'reject'}
              onClose={() => setDialog(undefined)}
              title={dialog === 'reject' ? t('application.reject') : t('application.accept')}
              effect={dialog === 'reject' ? t('application.rejectEffect') : t('application.acceptEffect')}
              submitLabel={dialog === 'reject' ? t('application.reject') : t('application.accept')}
              submitColor={dialog === 'reject' ? 'red.8' : undefined}
              onSubmit={async (key) => {
                if (dialog === 'reject' && !reason.trim()) return t('application.reasonRequired');
                const body = {
                  decision: dialog === 'reject' ? ('reject' as const) : ('accept' as const),
                  reason: reason.trim() || undefined,
                };
                checkRequest('applications', 'POST /v1/applications/{applicationId}/acceptance', body, t);
                await unwrap(
                  api.applications.POST('/v1/applications/{applicationId}/acceptance', {
                    params: { path: { applicationId }, header: { 'Idempotency-Key': key } },
                    body,
                  }),
                );
                await refresh();
              }}
            >
              {(errors) => (
                <CountedTextarea
                  maxLength={2000}
                  label={dialog === 'reject' ? t('application.grounds') : t('application.noteOptional')}
                  required={dialog === 'reject'}
                  minRows={3}
                  autosize
                  value={reason}
                  onChange={(event) => setReason(event.currentTarget.value)}
                  error={errors['reason']}
                  data-testid="reason"
                />
              )}
            </ActionDialog>
            <ActionDialog
              opened={dialog === 'decide'}
              onClose={() => setDialog(undefined)}
              title={t('application.decide')}
              effect={t(`application.decisionEffect.${decision}`)}
              submitLabel={t(`application.decision.${decision}`)}
              submitColor={decision === 'refuse' ? 'red.8' : undefined}
              onSubmit={async (key) => {
                const body = {
                  decision,
                  reasons: lines(reason),
                  conditions: decision === 'grant' && lines(conditions).length ? lines(conditions) : undefined,
                  days: decision === 'extend' ? Number(days) : undefined,
                };
                checkRequest('applications', 'POST /v1/applications/{applicationId}/decision', body, t);
                await unwrap(
                  api.applications.POST('/v1/applications/{applicationId}/decision', {
                    params: { path: { applicationId }, header: { 'Idempotency-Key': key } },
                    body,
                  }),
                );
                await refresh();
              }}
            >
              {(errors) => (
                <>
                  <SegmentedControl
                    aria-label={t('application.decide')}
                    value={decision}
                    onChange={(value) => setDecision(value as typeof decision)}
                    data={(['grant', 'refuse', 'extend'] as const).map((value) => ({
                      value,
                      label: t(`application.decision.${value}`),
                    }))}
                  />
                  <CountedTextarea
                    maxLength={2000}
                    label={t('application.reasons')}
                    description={t('application.onePerLine')}
                    required
                    minRows={3}
                    autosize
                    value={reason}
                    onChange={(event) => setReason(event.currentTarget.value)}
                    error={errors['reasons'] ?? errors['reasons.0']}
                    data-testid="reason"
                  />
                  {decision === 'grant' && (
                    <CountedTextarea
                      maxLength={2000}
                      label={t('application.conditions')}
                      description={t('application.onePerLine')}
                      minRows={2}
                      autosize
                      value={conditions}
                      onChange={(event) => setConditions(event.currentTarget.value)}
                      error={errors['conditions']}
                    />
                  )}
                  {decision === 'extend' && (
                    <NumberInput
                      label={t('application.days')}
                      min={1}
                      max={365}
                      value={days}
                      onChange={setDays}
                      error={errors['days']}
                    />
                  )}
                </>
              )}
            </ActionDialog>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="gray.7" w={180}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
}
