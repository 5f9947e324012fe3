import { useState } from 'react';
import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  ActionDialog,
  type ApplicationsComponents,
  checkRequest,
  formatDate,
  QueryState,
  unwrap,
  useApi,
} from '@aeo/web';

type Invitation = ApplicationsComponents['schemas']['InvitationDto_Output'];
type NewInvitation = ApplicationsComponents['schemas']['CreateInvitationDto'];
const CREATE = 'POST /v1/operators/{operatorId}/invitations';
const STATUS_PILL = {
  pending: 'pill-info',
  accepted: 'pill-good',
  revoked: 'pill-neutral',
  expired: 'pill-neutral',
} as const;

/**
 * The company's invitations (an administrator's: GET/POST /v1/operators/{id}/invitations): invite a
 * person by email with a role and the language of the invitation, see each one's status, revoke a
 * pending one (DELETE …/{invitationId}).
 */
export function Invitations({ operatorId }: { operatorId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [inviting, setInviting] = useState(false);
  const [revoking, setRevoking] = useState<Invitation>();
  const key = ['operator-invitations', operatorId];
  const path = { operatorId };
  const invitations = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.applications.GET('/v1/operators/{operatorId}/invitations', { params: { path } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  return (
    <Stack data-testid="invitations">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('invitations.title')}
        </Title>
        <Button size="xs" onClick={() => setInviting(true)} data-testid="invite-member">
          {t('invitations.invite')}
        </Button>
      </Group>
      <QueryState query={invitations}>
        {(items) =>
          items.length === 0 ? (
            <Text size="sm">{t('invitations.none')}</Text>
          ) : (
            <div className="data-table-scroll">
              <Table className="data-table" data-testid="invitations-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('invitations.name')}</Table.Th>
                    <Table.Th>{t('invitations.email')}</Table.Th>
                    <Table.Th>{t('invitations.role')}</Table.Th>
                    <Table.Th>{t('invitations.status')}</Table.Th>
                    <Table.Th>{t('invitations.expiresAt')}</Table.Th>
                    <Table.Th aria-label={t('invitations.revoke')} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((invitation) => (
                    <Table.Tr key={invitation.id}>
                      <Table.Td>{invitation.name}</Table.Td>
                      <Table.Td>{invitation.email}</Table.Td>
                      <Table.Td>{t(`members.roles.${invitation.role}`)}</Table.Td>
                      <Table.Td>
                        <span className={`pill ${STATUS_PILL[invitation.status]}`} data-testid="invitation-status">
                          {t(`invitations.statuses.${invitation.status}`)}
                        </span>
                      </Table.Td>
                      <Table.Td>{formatDate(invitation.expiresAt, i18n.language, true)}</Table.Td>
                      <Table.Td>
                        {invitation.status === 'pending' && (
                          <Button size="xs" variant="default" color="red" onClick={() => setRevoking(invitation)}>
                            {t('invitations.revoke')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
      <InviteDialog operatorId={operatorId} opened={inviting} onClose={() => setInviting(false)} onDone={refresh} />
      <ActionDialog
        opened={!!revoking}
        onClose={() => setRevoking(undefined)}
        title={t('invitations.revokeTitle', { email: revoking?.email ?? '' })}
        effect={t('invitations.revokeEffect')}
        submitLabel={t('invitations.revoke')}
        submitColor="red"
        onSubmit={async () => {
          if (!revoking) return;
          await unwrap(
            api.applications.DELETE('/v1/operators/{operatorId}/invitations/{invitationId}', {
              params: { path: { operatorId, invitationId: revoking.id } },
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

function InviteDialog({
  operatorId,
  opened,
  onClose,
  onDone,
}: {
  operatorId: string;
  opened: boolean;
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const blank = (): NewInvitation => ({
    email: '',
    name: '',
    role: 'member',
    language: i18n.language === 'en' ? 'en' : 'mn',
  });
  const [fields, setFields] = useState<NewInvitation>(blank);
  const labels = {
    email: t('invitations.email'),
    name: t('invitations.name'),
    role: t('invitations.role'),
    language: t('invitations.language'),
  };
  const set = (name: 'email' | 'name') => (event: { currentTarget: { value: string } }) =>
    setFields({ ...fields, [name]: event.currentTarget.value });
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('invitations.invite')}
      effect={t('invitations.inviteEffect')}
      submitLabel={t('invitations.send')}
      fieldLabels={labels}
      onSubmit={async (key) => {
        const body = { ...fields, email: fields.email.trim(), name: fields.name.trim() };
        checkRequest('applications', CREATE, body, t);
        await unwrap(
          api.applications.POST('/v1/operators/{operatorId}/invitations', {
            params: { path: { operatorId }, header: { 'Idempotency-Key': key } },
            body,
          }),
        );
        setFields(blank());
        await onDone();
      }}
    >
      {(errors) => (
        <>
          <TextInput
            label={labels.name}
            required
            maxLength={200}
            value={fields.name}
            onChange={set('name')}
            error={errors['name']}
            data-testid="invitation-name"
          />
          <TextInput
            label={labels.email}
            required
            type="email"
            maxLength={254}
            value={fields.email}
            onChange={set('email')}
            error={errors['email']}
            data-testid="invitation-email"
          />
          <Select
            label={labels.role}
            value={fields.role}
            onChange={(role) => role && setFields({ ...fields, role: role as NewInvitation['role'] })}
            data={[
              { value: 'member', label: t('members.roles.member') },
              { value: 'administrator', label: t('members.roles.administrator') },
            ]}
            allowDeselect={false}
            error={errors['role']}
          />
          <Select
            label={labels.language}
            value={fields.language}
            onChange={(language) =>
              language && setFields({ ...fields, language: language as NewInvitation['language'] })
            }
            data={[
              { value: 'mn', label: t('company.languages.mn') },
              { value: 'en', label: t('company.languages.en') },
            ]}
            allowDeselect={false}
            error={errors['language']}
          />
        </>
      )}
    </ActionDialog>
  );
}
