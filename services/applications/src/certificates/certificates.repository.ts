import { z } from 'zod';
import { type StatusType, statusType } from '@aeo/contracts';
import { runSqlOne, type SqlRunner } from '@aeo/persistence';
import { operatorSchema } from '../operators/operator.response';
import { type RegisterStatus, registerStatus } from '../register/register.repository';
import { findCertificateFacts } from './certificates.queries';

const suspendedScope = z.enum(['whole', 'security']).nullable();
export type CertificateAddress = z.infer<typeof operatorSchema.shape.address>;

/** What a certificate states of an authorisation, as the register holds it. */
export interface CertificateFacts {
  authorisationNumber: string;
  operatorId: string;
  taxpayerId: string;
  region: string;
  statusType: StatusType;
  status: RegisterStatus;
  /** While suspended: the whole authorisation, or only its security and safety part (AEOF). */
  suspendedScope: z.infer<typeof suspendedScope>;
  decidedAt: Date;
  effectiveFrom: Date;
  revalidationDue: Date;
  holderName: string;
  address: CertificateAddress;
  /** The programme version of the application it was granted on (null: filed before versions were kept). */
  programmeVersion: number | null;
}

export function findCertificateFactsOf(
  runner: SqlRunner,
  authorisationNumber: string,
): Promise<CertificateFacts | undefined> {
  return runSqlOne(findCertificateFacts, { authorisationNumber }, runner, (row) => ({
    authorisationNumber: row.authorisation_number,
    operatorId: row.operator_id,
    taxpayerId: row.taxpayer_id,
    region: row.region,
    statusType: statusType.parse(row.status_type),
    status: registerStatus.parse(row.status),
    suspendedScope: suspendedScope.parse(row.suspended_scope),
    decidedAt: row.decided_at,
    effectiveFrom: row.effective_from,
    revalidationDue: row.revalidation_due,
    holderName: row.name,
    address: operatorSchema.shape.address.parse(row.address),
    programmeVersion: row.programme_version,
  }));
}
