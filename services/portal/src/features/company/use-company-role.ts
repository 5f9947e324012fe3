import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi, useAuth } from '@aeo/web';

/**
 * The signed-in trader's company (GET /v1/operators: none while not registered) and its users
 * (GET /v1/operators/{id}/users), and whether the trader is one of its administrators: the pages
 * offer an administrator's steps (editing the company, its users, webhooks) only to them.
 */
export function useCompanyRole() {
  const api = useApi();
  const { caller } = useAuth();
  const operators = useQuery({
    queryKey: ['operators'],
    queryFn: () => unwrap(api.applications.GET('/v1/operators')),
  });
  const operatorId = operators.data?.[0]?.id;
  const members = useQuery({
    queryKey: ['operator-users', operatorId],
    enabled: !!operatorId,
    queryFn: () =>
      unwrap(
        api.applications.GET('/v1/operators/{operatorId}/users', { params: { path: { operatorId: operatorId! } } }),
      ),
  });
  const administrator = !!members.data?.some((user) => user.sub === caller?.sub && user.role === 'administrator');
  return { operators, members, administrator, known: members.isSuccess };
}
