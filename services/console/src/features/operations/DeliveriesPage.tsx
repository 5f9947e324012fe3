import { useState } from 'react';
import { Button, Code, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  unwrap,
  useApi,
  checkRequest,
  formatDate,
  QueryState,
  TextActionDialog,
  PagedTable,
  type Column,
} from '@aeo/web';
import { DELIVERY_CHANNELS, DELIVERY_STATUSES, deliverySearchSchema, type DeliverySearch } from './delivery-search';

/** A delivery status's tone (styles.css pills: AA contrast on their tints). */
const STATUS_TONES: Record<(typeof DELIVERY_STATUSES)[number], string> = {
  failed: 'bad',
  queued: 'info',
  sent: 'good',
};

/**
 * Operations: the notifications service's delivery log (emails, webhook calls, in-app messages),
 * the failed ones by default, each with its attempts and last error; a failed email or webhook
 * call (or a sent webhook call a platform lost) is delivered again with a reason (audited).
 */
export function DeliveriesPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  // Parsed again: a route without the schema (a component test) gets the same defaults.
  const search = deliverySearchSchema.parse(useSearch({ from: '/operations/deliveries' }));
  const navigate = useNavigate({ from: '/operations/deliveries' });
  const setSearch = (next: Partial<DeliverySearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  const [selected, setSelected] = useState<{ id: string; recipient: string }>();
  const deliveries = useQuery({
    queryKey: ['notifications', 'delivery-log', search],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.notifications.GET('/v1/delivery-log', {
          params: {
            query: {
              status: search.status === 'all' ? undefined : search.status,
              channel: search.channel,
              recipient: search.recipient,
              sort: search.sort,
              order: search.order,
              page: String(search.page),
              pageSize: String(search.pageSize),
            },
          },
        }),
      ),
  });
  type Item = NonNullable<typeof deliveries.data>['items'][number];
  type Sort = DeliverySearch['sort'];
  const redeliverable = (item: Item) =>
    item.channel !== 'in-app' && (item.status === 'failed' || (item.status === 'sent' && item.channel === 'webhook'));
  const columns: Column<Item, Sort>[] = [
    {
      key: 'recipient',
      header: t('deliveries.recipient'),
      cell: (item) => (
        <Stack gap={0}>
          <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
            {item.target ?? item.recipient}
          </Text>
          <Text size="xs" c="gray.7">
            {t(`deliveries.channels.${item.channel}`)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'message',
      header: t('deliveries.message'),
      cell: (item) => (
        <Stack gap={0}>
          <Text size="sm">{item.subject}</Text>
          {/* A webhook call's subject is its event type already. */}
          {item.subject !== item.sourceEventType && (
            <Text size="xs" c="gray.7">
              {item.sourceEventType}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('deliveries.status'),
      cell: (item) => (
        <span className={`pill pill-${STATUS_TONES[item.status]}`}>{t(`deliveries.statuses.${item.status}`)}</span>
      ),
    },
    {
      key: 'attempts',
      header: t('deliveries.attempts'),
      sort: 'attempts',
      cell: (item) => t('deliveries.attemptsOf', { attempts: item.attempts, max: item.deadLetterAfter }),
    },
    {
      key: 'error',
      header: t('deliveries.lastError'),
      cell: (item) =>
        item.lastError ? (
          <Code block style={{ whiteSpace: 'pre-wrap', maxWidth: 420 }} data-testid="delivery-error">
            {item.lastError}
          </Code>
        ) : (
          '—'
        ),
    },
    {
      key: 'createdAt',
      header: t('deliveries.createdAt'),
      sort: 'createdAt',
      cell: (item) => formatDate(item.createdAt, i18n.language, true),
    },
    {
      key: 'updatedAt',
      header: t('deliveries.updatedAt'),
      sort: 'updatedAt',
      cell: (item) => formatDate(item.failedAt ?? item.deliveredAt ?? item.updatedAt, i18n.language, true),
    },
    {
      key: 'actions',
      header: t('deliveries.actions'),
      cell: (item) =>
        redeliverable(item) ? (
          <Button
            size="xs"
            data-testid={`redeliver-${item.id}`}
            onClick={() => setSelected({ id: item.id, recipient: item.target ?? item.recipient })}
          >
            {t('deliveries.redeliver')}
          </Button>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Stack>
      <Title order={2}>{t('deliveries.title')}</Title>
      <Group align="flex-end">
        <Select
          label={t('deliveries.status')}
          data={[...DELIVERY_STATUSES, 'all' as const].map((value) => ({
            value,
            label: value === 'all' ? t('deliveries.allStatuses') : t(`deliveries.statuses.${value}`),
          }))}
          value={search.status}
          onChange={(value) => value && setSearch({ status: value as DeliverySearch['status'], page: 1 })}
          allowDeselect={false}
          w={180}
        />
        <Select
          label={t('deliveries.channel')}
          placeholder={t('deliveries.allChannels')}
          data={DELIVERY_CHANNELS.map((value) => ({ value, label: t(`deliveries.channels.${value}`) }))}
          value={search.channel ?? null}
          onChange={(value) => setSearch({ channel: (value ?? undefined) as DeliverySearch['channel'], page: 1 })}
          clearable
          w={200}
        />
        <TextInput
          label={t('deliveries.recipient')}
          description={t('deliveries.recipientHint')}
          placeholder="email:"
          defaultValue={search.recipient ?? ''}
          onBlur={(event) => setSearch({ recipient: event.currentTarget.value.trim() || undefined, page: 1 })}
          w={420}
        />
      </Group>
      <QueryState query={deliveries}>
        {(page) => (
          <PagedTable
            label={t('deliveries.title')}
            columns={columns}
            items={page.items}
            total={page.total}
            state={{ page: search.page, pageSize: search.pageSize, sort: search.sort, order: search.order }}
            onChange={(next) => setSearch(next)}
            rowKey={(item) => item.id}
            empty={search.status === 'failed' ? t('deliveries.emptyFailed') : t('deliveries.empty')}
          />
        )}
      </QueryState>
      <TextActionDialog
        opened={!!selected}
        onClose={() => setSelected(undefined)}
        title={t('deliveries.redeliver')}
        effect={t('deliveries.redeliverEffect', { recipient: selected?.recipient ?? '' })}
        submitLabel={t('deliveries.redeliver')}
        field="reason"
        label={t('deliveries.why')}
        testId="reason"
        send={async (reason, key) => {
          if (!selected) return;
          const body = { reason };
          checkRequest('notifications', 'POST /v1/deliveries/{notificationId}/redelivery', body, t);
          await unwrap(
            api.notifications.POST('/v1/deliveries/{notificationId}/redelivery', {
              params: { path: { notificationId: selected.id }, header: { 'Idempotency-Key': key } },
              body,
            }),
          );
          await queryClient.invalidateQueries({ queryKey: ['notifications', 'delivery-log'] });
        }}
      />
    </Stack>
  );
}
