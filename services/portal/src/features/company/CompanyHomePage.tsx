import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState, unwrap, useApi, useAuth } from '@aeo/web';
import { Applications } from './Applications';
import { CompanyDetails } from './CompanyDetails';
import { Members } from './Members';
import { RegistrationForm } from './RegistrationForm';

/**
 * "My company": the registration form while the token's company (its taxpayer id) is not
 * registered (GET /v1/operators answers none), else the company's data, its users and its
 * applications.
 */
export function CompanyHomePage() {
  const { t } = useTranslation();
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
  if (!caller?.taxpayerId) return <Alert color="yellow">{t('app.noCompany')}</Alert>;
  const administrator = !!members.data?.some((user) => user.sub === caller.sub && user.role === 'administrator');
  return (
    <QueryState query={operators}>
      {([operator]) =>
        !operator ? (
          <RegistrationForm taxpayerId={caller.taxpayerId!} />
        ) : (
          <Stack>
            <CompanyDetails operator={operator} administrator={administrator} />
            <Members operatorId={operator.id} members={members} callerSub={caller.sub} administrator={administrator} />
            <Applications operatorId={operator.id} />
          </Stack>
        )
      }
    </QueryState>
  );
}
