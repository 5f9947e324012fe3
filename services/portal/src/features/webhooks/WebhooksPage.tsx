import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  ActionDialog,
  checkRequest,
  formatDate,
  type NotificationsComponents,
  QueryState,
  TONES,
  unwrap,
  useApi,
} from '@aeo/web';
import { useCompanyRole } from '../company/use-company-role';

type Subscription = NotificationsComponents['schemas']['WebhookSubscriptionDto_Output'];
type Created = NotificationsComponents['schemas']['CreatedWebhookSubscriptionDto_Output'];
const CREATE = 'POST /v1/webhook-subscriptions';
const STATUS_PILL = { queued: 'pill-info', sent: 'pill-good', failed: 'pill-bad' } as const;

/**
 * The company's webhook subscriptions (an administrator's: GET/POST/DELETE /v1/webhook-subscriptions;
 * a member, whom notifications refuses, is told who manages them: useCompanyRole, applications' users):
 * which of the company's events (GET /v1/routes companyWebhookEventTypes) its own systems receive,
 * the signing secret shown once after creating, each subscription's delivery log with its attempts
 * and the redelivery of its failed calls.
 */
export function WebhooksPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { administrator, known } = useCompanyRole();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Created>();
  const [removing, setRemoving] = useState<Subscription>();
  const [open, setOpen] = useState<string>();
  const subscriptions = useQuery({
    queryKey: ['webhook-subscriptions'],
    // A member is refused (403): the page tells them who manages the subscriptions instead.
    enabled: administrator,
    queryFn: () => unwrap(api.notifications.GET('/v1/webhook-subscriptions')),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['webhook-subscriptions'] });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('webhooks.title')}</Title>
        {administrator && (
          <Button onClick={() => setCreating(true)} data-testid="create-webhook">
            {t('webhooks.create')}
          </Button>
        )}
      </Group>
      {known && !administrator && <Alert color="gray">{t('webhooks.administratorsOnly')}</Alert>}
      <Text c="gray.7">{t('webhooks.intro')}</Text>
      {created && <SecretOnce created={created} onClose={() => setCreated(undefined)} />}
      {administrator && (
        <QueryState query={subscriptions}>
          {(items) =>
            items.length === 0 ? (
              <Text data-testid="webhooks-empty">{t('webhooks.none')}</Text>
            ) : (
              <Stack data-testid="webhooks-list">
                {items.map((subscription) => (
                  <Paper key={subscription.id} withBorder p="md" data-testid="webhook">
                    <Stack gap="xs">
                      <Group justify="space-between">
                        <div>
                          <Title order={3} size="h5">
                            {subscription.platform}
                          </Title>
                          <Text size="sm" data-testid="webhook-url">
                            {subscription.url}
                          </Text>
                        </div>
                        <Group gap="xs">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setOpen(open === subscription.id ? undefined : subscription.id)}
                            aria-expanded={open === subscription.id}
                            data-testid="webhook-deliveries"
                          >
                            {t('webhooks.deliveries')}
                          </Button>
                          {administrator && (
                            <Button size="xs" variant="default" color="red" onClick={() => setRemoving(subscription)}>
                              {t('webhooks.delete')}
                            </Button>
                          )}
                        </Group>
                      </Group>
                      <Group gap={4}>
                        {subscription.eventTypes.map((type) => (
                          <Badge key={type} variant="outline" color="gray.8" tt="none">
                            {type === '*' ? t('webhooks.allEvents') : type}
                          </Badge>
                        ))}
                      </Group>
                      {open === subscription.id && <DeliveryLog subscriptionId={subscription.id} />}
                    </Stack>
                  </Paper>
                ))}
              </Stack>
            )
          }
        </QueryState>
      )}
      <CreateDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={async (answer) => {
          setCreated(answer);
          await refresh();
        }}
      />
      <ActionDialog
        opened={!!removing}
        onClose={() => setRemoving(undefined)}
        title={t('webhooks.deleteTitle', { platform: removing?.platform ?? '' })}
        effect={t('webhooks.deleteEffect')}
        submitLabel={t('webhooks.delete')}
        submitColor="red.8"
        onSubmit={async () => {
          if (!removing) return;
          await unwrap(
            api.notifications.DELETE('/v1/webhook-subscriptions/{subscriptionId}', {
              params: { path: { subscriptionId: removing.id } },
            }),
          );
          await refresh();
        }}
      >
        {() => null}
      </ActionDialog>
    </Stack>
  );
}

/** The new subscription's signing secret, shown this once (the API never shows it again), with a copy button. */
function SecretOnce({ created, onClose }: { created: Created; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={TONES.caution}
      title={t('webhooks.secretTitle')}
      data-testid="webhook-secret"
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('action.close')}
    >
      <Stack gap="xs">
        <Text size="sm">{t('webhooks.secretWarning', { platform: created.platform })}</Text>
        <Group gap="xs" wrap="nowrap">
          <Code data-testid="webhook-secret-value" style={{ wordBreak: 'break-all' }}>
            {created.secret}
          </Code>
          <CopyButton value={created.secret}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('webhooks.copied') : t('webhooks.copy')}>
                <Button size="xs" variant="default" onClick={copy} data-testid="copy-secret">
                  {copied ? t('webhooks.copied') : t('webhooks.copy')}
                </Button>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

/** POST /v1/webhook-subscriptions: a name of the receiving system, its HTTPS address and the company's event types. */
function CreateDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: Created) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const routes = useQuery({
    queryKey: ['notification-routes'],
    enabled: opened,
    queryFn: () => unwrap(api.notifications.GET('/v1/routes')),
  });
  const [platform, setPlatform] = useState('');
  const [url, setUrl] = useState('');
  const [eventTypes, setEventTypes] = useState<string[]>([]);
  const labels = { platform: t('webhooks.platform'), url: t('webhooks.url'), eventTypes: t('webhooks.eventTypes') };
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('webhooks.create')}
      effect={t('webhooks.createEffect')}
      submitLabel={t('webhooks.create')}
      fieldLabels={labels}
      onSubmit={async (key) => {
        const body = { platform: platform.trim(), url: url.trim(), eventTypes };
        checkRequest('notifications', CREATE, body, t);
        const answer = await unwrap(
          api.notifications.POST('/v1/webhook-subscriptions', { body, params: { header: { 'Idempotency-Key': key } } }),
        );
        setPlatform('');
        setUrl('');
        setEventTypes([]);
        await onCreated(answer);
      }}
    >
      {(errors) => (
        <>
          <TextInput
            label={labels.platform}
            description={t('webhooks.platformHint')}
            required
            maxLength={63}
            value={platform}
            onChange={(event) => setPlatform(event.currentTarget.value)}
            error={errors['platform']}
            data-testid="webhook-platform"
          />
          <TextInput
            label={labels.url}
            required
            type="url"
            maxLength={2000}
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            error={errors['url']}
            data-testid="webhook-url-input"
          />
          <QueryState query={routes}>
            {(table) => (
              <Checkbox.Group
                label={labels.eventTypes}
                withAsterisk
                value={eventTypes}
                onChange={setEventTypes}
                error={
                  errors['eventTypes'] ?? Object.entries(errors).find(([field]) => field.startsWith('eventTypes.'))?.[1]
                }
                data-testid="webhook-event-types"
              >
                <Stack gap={4} mt="xs">
                  <Checkbox value="*" label={t('webhooks.allEvents')} />
                  {table.companyWebhookEventTypes.map((type) => (
                    <Checkbox key={type} value={type} label={type} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          </QueryState>
        </>
      )}
    </ActionDialog>
  );
}

/** A subscription's calls (GET …/deliveries), newest first, each one's attempts on demand; failed ones sent again (POST …/redeliveries). */
function DeliveryLog({ subscriptionId }: { subscriptionId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState<string>();
  const path = { subscriptionId };
  const deliveries = useQuery({
    queryKey: ['webhook-deliveries', subscriptionId],
    queryFn: () =>
      unwrap(api.notifications.GET('/v1/webhook-subscriptions/{subscriptionId}/deliveries', { params: { path } })),
  });
  const redeliver = useMutation({
    mutationFn: () =>
      unwrap(
        api.notifications.POST('/v1/webhook-subscriptions/{subscriptionId}/redeliveries', {
          params: { path },
          body: { status: 'failed' },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhook-deliveries', subscriptionId] }),
  });
  return (
    <Stack gap="xs" data-testid="delivery-log">
      <Group justify="space-between">
        <Title order={4} size="h6">
          {t('webhooks.deliveries')}
        </Title>
        <Button
          size="xs"
          variant="default"
          loading={redeliver.isPending}
          onClick={() => redeliver.mutate()}
          data-testid="redeliver"
        >
          {t('webhooks.redeliver')}
        </Button>
      </Group>
      {redeliver.data && (
        <Text size="sm" role="status" data-testid="redelivered">
          {t('webhooks.requeued', { count: redeliver.data.requeued })}
        </Text>
      )}
      {redeliver.error && (
        <Text size="sm" c="red.9" role="alert">
          {redeliver.error.message}
        </Text>
      )}
      <QueryState query={deliveries}>
        {(page) =>
          page.items.length === 0 ? (
            <Text size="sm">{t('webhooks.noDeliveries')}</Text>
          ) : (
            <div className="data-table-scroll">
              <Table className="data-table" data-testid="deliveries-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('webhooks.event')}</Table.Th>
                    <Table.Th>{t('webhooks.status')}</Table.Th>
                    <Table.Th>{t('webhooks.attempts')}</Table.Th>
                    <Table.Th>{t('webhooks.lastError')}</Table.Th>
                    <Table.Th>{t('webhooks.createdAt')}</Table.Th>
                    <Table.Th>{t('webhooks.attemptLogColumn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((delivery) => (
                    <Table.Tr key={delivery.id}>
                      <Table.Td>{delivery.sourceEventType}</Table.Td>
                      <Table.Td>
                        <span className={`pill ${STATUS_PILL[delivery.status]}`}>
                          {t(`webhooks.statuses.${delivery.status}`)}
                        </span>
                      </Table.Td>
                      <Table.Td>
                        {delivery.attempts} / {delivery.deadLetterAfter}
                      </Table.Td>
                      <Table.Td>{delivery.lastError ?? '—'}</Table.Td>
                      <Table.Td>{formatDate(delivery.createdAt, i18n.language, true)}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="subtle" onClick={() => setShown(delivery.id)}>
                          {t('webhooks.attemptLog')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="xs" c="gray.7">
                {t('webhooks.total', { count: page.total })}
              </Text>
            </div>
          )
        }
      </QueryState>
      {shown && <Attempts subscriptionId={subscriptionId} notificationId={shown} onClose={() => setShown(undefined)} />}
    </Stack>
  );
}

/** One call's attempts (GET …/deliveries/{id}): when, outcome, HTTP status, duration, error. */
function Attempts({
  subscriptionId,
  notificationId,
  onClose,
}: {
  subscriptionId: string;
  notificationId: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const delivery = useQuery({
    queryKey: ['webhook-delivery', subscriptionId, notificationId],
    queryFn: () =>
      unwrap(
        api.notifications.GET('/v1/webhook-subscriptions/{subscriptionId}/deliveries/{notificationId}', {
          params: { path: { subscriptionId, notificationId } },
        }),
      ),
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('webhooks.attemptLog')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <QueryState query={delivery}>
        {(detail) =>
          detail.attemptLog.length === 0 ? (
            <Text size="sm">{t('webhooks.noAttempts')}</Text>
          ) : (
            <div className="data-table-scroll" tabIndex={0} role="region" aria-label={t('webhooks.attemptLog')}>
              <Table className="data-table" data-testid="attempts-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>{t('webhooks.attemptedAt')}</Table.Th>
                    <Table.Th>{t('webhooks.outcome')}</Table.Th>
                    <Table.Th>{t('webhooks.httpStatus')}</Table.Th>
                    <Table.Th>{t('webhooks.duration')}</Table.Th>
                    <Table.Th>{t('webhooks.lastError')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {detail.attemptLog.map((attempt) => (
                    <Table.Tr key={attempt.attempt}>
                      <Table.Td>{attempt.attempt}</Table.Td>
                      <Table.Td>{formatDate(attempt.attemptedAt, i18n.language, true)}</Table.Td>
                      <Table.Td>{t(`webhooks.outcomes.${attempt.outcome}`)}</Table.Td>
                      <Table.Td>{attempt.responseStatus ?? '—'}</Table.Td>
                      <Table.Td>{attempt.durationMs} ms</Table.Td>
                      <Table.Td>{attempt.error ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
    </Modal>
  );
}
