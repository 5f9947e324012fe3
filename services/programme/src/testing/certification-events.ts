import { randomBytes, randomUUID } from 'node:crypto';
import {
  ApplicationAccepted,
  ApplicationSubmitted,
  AuthorisationGranted,
  AuthorisationRefused,
  ValidationReportSubmitted,
  type StatusType,
} from '@aeo/contracts';
import { day, envelope } from '../kpis/testing/scripted-stream';

/** An application of a test run, in the run's own region (random ids: other runs' events share the topics). */
export interface TestApplication {
  readonly applicationId: string;
  readonly operatorId: string;
  readonly taxpayerId: string;
  readonly statusType: StatusType;
  readonly region: string;
}

export const testApplication = (statusType: StatusType, region: string): TestApplication => ({
  applicationId: randomUUID(),
  operatorId: randomUUID(),
  taxpayerId: `9${randomBytes(3).toString('hex')}`,
  statusType,
  region,
});

// The certification events of an application as the applications and validation services publish
// them (validated by the contracts' schemas), each at 00:00 UTC of the day given (`2026-03-01`).

export const submitted = (a: TestApplication, at: string) =>
  envelope(
    ApplicationSubmitted,
    {
      ...a,
      operatorName: 'Test LLC',
      contactEmail: 'kpi@example.mn',
      contactLanguage: 'en',
      consentToMraSharing: false,
      submittedAt: day(at),
      acceptanceDeadline: day('2026-12-31'),
    },
    day(at),
  );

export const accepted = (a: TestApplication, at: string, decisionDeadline: string) =>
  envelope(
    ApplicationAccepted,
    { ...a, acceptedAt: day(at), deemed: false, decidedBy: 'officer-1', decisionDeadline: day(decisionDeadline) },
    day(at),
  );

/** The validation report on the application (its case id new). */
export const reported = (a: TestApplication, at: string) =>
  envelope(
    ValidationReportSubmitted,
    {
      ...a,
      caseId: randomUUID(),
      recommendation: 'grant',
      conditions: [],
      submittedBy: 'validator-1',
      submittedAt: day(at),
    },
    day(at),
  );

/** The grant names no application: the authorisation's number is new. */
export const granted = (a: TestApplication, at: string) =>
  envelope(
    AuthorisationGranted,
    {
      authorisationNumber: `MN-AEO-${randomBytes(4).toString('hex')}`,
      operatorId: a.operatorId,
      taxpayerId: a.taxpayerId,
      region: a.region,
      statusType: a.statusType,
      consentToMraSharing: false,
      decidedAt: day(at),
      effectiveFrom: day(at),
      revalidationDue: day('2029-01-01'),
    },
    day(at),
  );

export const refused = (a: TestApplication, at: string) =>
  envelope(
    AuthorisationRefused,
    {
      ...a,
      decidedBy: 'executive-1',
      decidedAt: day(at),
      reasons: ['Security criteria not met'],
      operatorCommented: true,
    },
    day(at),
  );
