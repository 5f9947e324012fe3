import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { markApplicationAccepted } from '../applications/applications.repository';
import { CertificationActivities } from '../certification/certification.activities';
import type { makeCompany } from '../e2e/slice-fixtures';

type Company = ReturnType<typeof makeCompany>;

/** Registers the company as an operator through the API; its operator id. */
export async function registerOperator(service: ServiceUnderTest, company: Company): Promise<string> {
  const response = await service.http
    .post('/v1/operators')
    .set('Authorization', company.operatorToken)
    .send(company.registration)
    .expect(201);
  return response.body.id as string;
}

/**
 * An authorisation of `statusType` for `company`, entered in the register as the certification
 * workflow's activities do: an application filed through the API (the operator registered first,
 * unless its id is given), accepted as the acceptance activity records it, then issued by the
 * grant activity (whose event starts the revalidation workflow). `within` wraps the grant, e.g. to
 * run it under a correlation id.
 */
export async function grantAuthorisation(
  service: ServiceUnderTest,
  company: Company,
  options: {
    statusType: 'AEOC' | 'AEOS' | 'AEOF';
    operatorId?: string;
    effectiveFrom?: string;
    within?: <T>(grant: () => Promise<T>) => Promise<T>;
  },
): Promise<{ authorisationNumber: string; effectiveFrom: string; operatorId: string; applicationId: string }> {
  const operatorId = options.operatorId ?? (await registerOperator(service, company));
  const draft = await service.http
    .post('/v1/applications')
    .set('Authorization', company.operatorToken)
    .send({ operatorId, statusType: options.statusType, consentToMraSharing: true })
    .expect(201);
  const applicationId: string = draft.body.id;
  await markApplicationAccepted(service.dataSource, applicationId, {
    acceptedAt: new Date(),
    decisionDeadline: new Date(Date.now() + 120 * 86_400_000),
    decidedBy: 'contact-officer-1',
    statusReason: null,
  });
  const decidedAt = new Date().toISOString();
  const effectiveFrom = options.effectiveFrom ?? decidedAt;
  const grant = () =>
    service.app.get(CertificationActivities).issueAuthorisation({
      applicationId,
      decidedBy: 'executive-1',
      reasons: ['all criteria met'],
      conditions: [],
      decidedAt,
      effectiveFrom,
    });
  const { authorisationNumber } = await (options.within ? options.within(grant) : grant());
  return { authorisationNumber, effectiveFrom, operatorId, applicationId };
}
