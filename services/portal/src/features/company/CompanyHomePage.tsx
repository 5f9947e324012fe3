import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState, useAuth } from '@aeo/web';
import { Applications } from './Applications';
import { CompanyDetails } from './CompanyDetails';
import { Members } from './Members';
import { RegistrationForm } from './RegistrationForm';
import { useCompanyRole } from './use-company-role';

/**
 * "My company": the registration form while the token's company (its taxpayer id) is not
 * registered (GET /v1/operators answers none), else the company's data, its users and its
 * applications.
 */
export function CompanyHomePage() {
  const { t } = useTranslation();
  const { caller } = useAuth();
  const { operators, members, administrator } = useCompanyRole();
  if (!caller?.taxpayerId) return <Alert color="yellow">{t('app.noCompany')}</Alert>;
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
