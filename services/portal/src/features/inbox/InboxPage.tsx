import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, QueryState, unwrap, useApi } from '@aeo/web';

const UNREAD_KEY = ['inbox-unread'];

/** The unread count of the company's inbox (GET /v1/inbox/unread-count), asked again each minute. */
export function useUnreadCount() {
  const api = useApi();
  return useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => unwrap(api.notifications.GET('/v1/inbox/unread-count')),
    refetchInterval: 60_000,
  });
}

/** The header's link to the inbox with its unread count. */
export function InboxLink() {
  const { t } = useTranslation();
  const unread = useUnreadCount().data?.unread ?? 0;
  return (
    <Anchor component={Link} to="/inbox" size="sm" data-testid="inbox-link">
      {t('inbox.nav')}
      {unread > 0 && (
        <Badge
          ml={4}
          size="sm"
          color="red.9"
          data-testid="unread-count"
          aria-label={t('inbox.unreadCount', { count: unread })}
        >
          {unread}
        </Badge>
      )}
    </Anchor>
  );
}

/** The company's in-app messages (GET /v1/inbox), newest first; each marked read by the reader (POST …/read). */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const inbox = useQuery({
    queryKey: ['inbox', onlyUnread],
    queryFn: () =>
      unwrap(api.notifications.GET('/v1/inbox', { params: { query: onlyUnread ? { unread: 'true' } : {} } })),
  });
  const markRead = useMutation({
    mutationFn: (notificationId: string) =>
      unwrap(api.notifications.POST('/v1/inbox/{notificationId}/read', { params: { path: { notificationId } } })),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['inbox'] }),
        queryClient.invalidateQueries({ queryKey: UNREAD_KEY }),
      ]),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('inbox.title')}</Title>
        <Switch
          label={t('inbox.onlyUnread')}
          checked={onlyUnread}
          onChange={(event) => setOnlyUnread(event.currentTarget.checked)}
        />
      </Group>
      <QueryState query={inbox}>
        {(items) =>
          items.length === 0 ? (
            <Text data-testid="inbox-empty">{t('inbox.empty')}</Text>
          ) : (
            <Stack data-testid="inbox-list">
              {items.map((item) => (
                <Paper key={item.id} withBorder p="md" data-testid="inbox-item" data-read={item.read}>
                  <Stack gap="xs">
                    <Group justify="space-between" wrap="nowrap">
                      <Title order={3} size="h5" fw={item.read ? 500 : 700}>
                        {item.subject}
                      </Title>
                      <Text size="xs" c="gray.7">
                        {formatDate(item.createdAt, i18n.language, true)}
                      </Text>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      {item.body}
                    </Text>
                    <Group justify="flex-end">
                      {item.read ? (
                        <Text size="xs" c="gray.7">
                          {t('inbox.readAt', { date: formatDate(item.readAt, i18n.language, true) })}
                        </Text>
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          loading={markRead.isPending && markRead.variables === item.id}
                          onClick={() => markRead.mutate(item.id)}
                          data-testid="mark-read"
                        >
                          {t('inbox.markRead')}
                        </Button>
                      )}
                    </Group>
                  </Stack>
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryState>
      {markRead.error && (
        <Text c="red.9" size="sm" role="alert">
          {String(markRead.error.message)}
        </Text>
      )}
    </Stack>
  );
}
