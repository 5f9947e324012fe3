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
  // Asked again on every page that needs the role, even within the cache's 15 s: the company may
  // have been registered, or the trader's role changed, since (a list cached empty at the
  // registration form hid the administrator's steps on the next page: after-grant.e2e-spec).
  const operators = useQuery({
    queryKey: ['operators'],
    refetchOnMount: 'always',
    queryFn: () => unwrap(api.applications.GET('/v1/operators')),
  });
  const operatorId = operators.data?.[0]?.id;
  const members = useQuery({
    queryKey: ['operator-users', operatorId],
    enabled: !!operatorId,
    refetchOnMount: 'always',
    queryFn: () =>
      unwrap(
        api.applications.GET('/v1/operators/{operatorId}/users', { params: { path: { operatorId: operatorId! } } }),
      ),
  });
  const administrator = !!members.data?.some((user) => user.sub === caller?.sub && user.role === 'administrator');
  return { operators, members, administrator, known: members.isSuccess };
}
