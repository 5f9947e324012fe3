import { useState } from 'react';
import { Badge, Button, Code, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  unwrap,
  useApi,
  checkRequest,
  ActionDialog,
  formatDate,
  QueryState,
  TONES,
  CountedTextarea,
  PagedTable,
  type Column,
} from '@aeo/web';
import type { DeadLetterSearch } from './dead-letter-search';

/**
 * Operations: events a consumer set aside on a dead-letter topic, with the reason per message;
 * each can be replayed to its original topic or discarded, with a reason (audited, idempotent).
 */
export function DeadLettersPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const search = useSearch({ from: '/operations/dead-letters' });
  const navigate = useNavigate({ from: '/operations/dead-letters' });
  const setSearch = (next: Partial<DeadLetterSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  const [selected, setSelected] = useState<{ id: string; action: 'replay' | 'discard'; topic: string | null }>();
  const [reason, setReason] = useState('');
  const letters = useQuery({
    queryKey: ['operations', 'dead-letters', search],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.operations.GET('/v1/dead-letters', {
          params: {
            query: {
              originalTopic: search.originalTopic,
              consumer: search.consumer,
              state: search.state,
              page: String(search.page),
              pageSize: String(search.pageSize),
            },
          },
        }),
      ),
  });
  type Item = NonNullable<typeof letters.data>['items'][number];
  const columns: Column<Item, never>[] = [
    {
      key: 'event',
      header: t('deadLetters.event'),
      cell: (item) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {item.eventType ?? t('deadLetters.unknownType')}
          </Text>
          {item.eventSubject && (
            <Text size="xs" data-testid="dead-letter-subject">
              {item.eventSubject}
            </Text>
          )}
          <Text size="xs" c="gray.7">
            {item.originalTopic ?? item.dlqTopic} · {item.consumer ?? '—'}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'reason',
      header: t('deadLetters.reason'),
      cell: (item) => (
        <Code block style={{ whiteSpace: 'pre-wrap', maxWidth: 520 }} data-testid="dead-letter-reason">
          {item.reason}
        </Code>
      ),
    },
    { key: 'at', header: t('deadLetters.at'), cell: (item) => formatDate(item.deadLetteredAt, i18n.language, true) },
    {
      key: 'state',
      header: t('deadLetters.state'),
      cell: (item) => (
        <Badge
          className="badge-full"
          color={item.state === 'new' ? TONES.warning : item.state === 'replayed' ? TONES.good : 'gray.7'}
        >
          {t(`deadLetters.states.${item.state}`)}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('cases.actions'),
      cell: (item) =>
        item.state === 'new' ? (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              data-testid={`replay-${item.id}`}
              disabled={!item.originalTopic}
              onClick={() => {
                setReason('');
                setSelected({ id: item.id, action: 'replay', topic: item.originalTopic });
              }}
            >
              {t('deadLetters.replay')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                setReason('');
                setSelected({ id: item.id, action: 'discard', topic: item.originalTopic });
              }}
            >
              {t('deadLetters.discard')}
            </Button>
          </Group>
        ) : (
          <Text size="xs" c="gray.7">
            {item.settledBy} · {item.settleReason}
          </Text>
        ),
    },
  ];
  return (
    <Stack>
      <Title order={2}>{t('deadLetters.title')}</Title>
      <Group align="flex-end">
        <Select
          label={t('deadLetters.state')}
          data={(['new', 'replayed', 'discarded'] as const).map((value) => ({
            value,
            label: t(`deadLetters.states.${value}`),
          }))}
          value={search.state}
          onChange={(value) => value && setSearch({ state: value as DeadLetterSearch['state'], page: 1 })}
          allowDeselect={false}
          w={180}
        />
        <TextInput
          label={t('deadLetters.topic')}
          placeholder="aeo.application.events.v1"
          defaultValue={search.originalTopic ?? ''}
          onBlur={(event) => setSearch({ originalTopic: event.currentTarget.value.trim() || undefined, page: 1 })}
          w={280}
        />
        <TextInput
          label={t('deadLetters.consumer')}
          defaultValue={search.consumer ?? ''}
          onBlur={(event) => setSearch({ consumer: event.currentTarget.value.trim() || undefined, page: 1 })}
          w={240}
        />
      </Group>
      <QueryState query={letters}>
        {(page) => (
          <PagedTable
            label={t('deadLetters.title')}
            columns={columns}
            items={page.items}
            total={page.total}
            state={{ page: search.page, pageSize: search.pageSize, sort: undefined as never, order: 'asc' }}
            onChange={(next) => setSearch({ page: next.page, pageSize: next.pageSize })}
            rowKey={(item) => item.id}
            empty={t('deadLetters.empty')}
          />
        )}
      </QueryState>
      <ActionDialog
        opened={!!selected}
        onClose={() => setSelected(undefined)}
        title={selected?.action === 'discard' ? t('deadLetters.discard') : t('deadLetters.replay')}
        effect={
          selected?.action === 'discard'
            ? t('deadLetters.discardEffect')
            : t('deadLetters.replayEffect', { topic: selected?.topic ?? '' })
        }
        submitLabel={selected?.action === 'discard' ? t('deadLetters.discard') : t('deadLetters.replay')}
        onSubmit={async (key) => {
          if (!selected) return;
          checkRequest(
            'operations',
            `POST /v1/dead-letters/{deadLetterId}/${selected.action}`,
            { reason: reason.trim() },
            t,
          );
          const call =
            selected.action === 'replay'
              ? api.operations.POST('/v1/dead-letters/{deadLetterId}/replay', {
                  params: { path: { deadLetterId: selected.id }, header: { 'Idempotency-Key': key } },
                  body: { reason: reason.trim() },
                })
              : api.operations.POST('/v1/dead-letters/{deadLetterId}/discard', {
                  params: { path: { deadLetterId: selected.id }, header: { 'Idempotency-Key': key } },
                  body: { reason: reason.trim() },
                });
          await unwrap(call);
          await queryClient.invalidateQueries({ queryKey: ['operations', 'dead-letters'] });
        }}
      >
        {(errors) => (
          <CountedTextarea
            maxLength={2000}
            label={t('deadLetters.why')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors['reason']}
            data-testid="reason"
          />
        )}
      </ActionDialog>
    </Stack>
  );
}
