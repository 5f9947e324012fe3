import { useState } from 'react';
import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type ApplicationsComponents,
  checkRequest,
  formatDate,
  QueryState,
  TextActionDialog,
  unwrap,
  useApi,
} from '@aeo/web';
import { Invitations } from '../invitations/Invitations';

export type Member = ApplicationsComponents['schemas']['OperatorUserDto_Output'];

/** The company's users (GET /v1/operators/{id}/users); an administrator removes one with a reason (DELETE). */
export function Members({
  operatorId,
  members,
  callerSub,
  administrator,
}: {
  operatorId: string;
  members: UseQueryResult<Member[]>;
  callerSub: string;
  administrator: boolean;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<Member>();
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={2} size="h3">
          {t('members.title')}
        </Title>
        <QueryState query={members}>
          {(users) =>
            users.length === 0 ? (
              <Text>{t('members.none')}</Text>
            ) : (
              <div className="data-table-scroll">
                <Table className="data-table" data-testid="members-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('members.name')}</Table.Th>
                      <Table.Th>{t('members.email')}</Table.Th>
                      <Table.Th>{t('members.role')}</Table.Th>
                      <Table.Th>{t('members.addedAt')}</Table.Th>
                      {administrator && <Table.Th aria-label={t('members.remove')} />}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {users.map((user) => (
                      <Table.Tr key={user.sub}>
                        <Table.Td>
                          {user.name}
                          {user.sub === callerSub && ` (${t('members.you')})`}
                        </Table.Td>
                        <Table.Td>{user.email}</Table.Td>
                        <Table.Td>{t(`members.roles.${user.role}`)}</Table.Td>
                        <Table.Td>{formatDate(user.addedAt, i18n.language, true)}</Table.Td>
                        {administrator && (
                          <Table.Td>
                            {user.sub !== callerSub && (
                              <Button size="xs" variant="default" color="red" onClick={() => setRemoving(user)}>
                                {t('members.remove')}
                              </Button>
                            )}
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            )
          }
        </QueryState>
        {administrator && <Invitations operatorId={operatorId} />}
      </Stack>
      <TextActionDialog
        opened={!!removing}
        onClose={() => setRemoving(undefined)}
        title={t('members.removeTitle', { name: removing?.name ?? '' })}
        effect={t('members.removeEffect')}
        submitLabel={t('members.remove')}
        field="reason"
        label={t('members.reason')}
        testId="remove-reason"
        send={async (reason) => {
          if (!removing) return;
          const body = { reason };
          checkRequest('applications', 'DELETE /v1/operators/{operatorId}/users/{sub}', body, t);
          await unwrap(
            api.applications.DELETE('/v1/operators/{operatorId}/users/{sub}', {
              params: { path: { operatorId, sub: removing.sub } },
              body,
            }),
          );
          await queryClient.invalidateQueries({ queryKey: ['operator-users', operatorId] });
        }}
      />
    </Paper>
  );
}
