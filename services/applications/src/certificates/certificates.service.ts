import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, assertScope } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { renderPdf } from '@aeo/pdf';
import { foundOr404 } from '@aeo/service-kit';
import type { ApplicationsConfig } from '../config';
import { assertCompanyMember } from '../operators/company-membership';
import { ProgrammeService } from '../programme/programme.service';
import { certificateDocument } from './certificate-document';
import { findCertificateFactsOf } from './certificates.repository';

/** A rendered certificate and the name it is downloaded under. */
export interface Certificate {
  fileName: string;
  bytes: Buffer;
}

/**
 * The AEO certificate of an authorisation in force (granted or suspended), rendered from the
 * register on each request: nothing is stored, and the same register entry gives the same bytes.
 * A revoked or surrendered authorisation has none (409): a printed certificate of it would be
 * mistaken for one in force.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG)
    private readonly config: Pick<ApplicationsConfig, 'PROGRAMME_TIME_ZONE' | 'PUBLIC_REGISTER_URL'>,
    private readonly programme: ProgrammeService,
  ) {}

  async certificate(user: AuthenticatedUser, authorisationNumber: string): Promise<Certificate> {
    const facts = await foundOr404(
      findCertificateFactsOf(this.dataSource, authorisationNumber),
      `Authorisation ${authorisationNumber}`,
    );
    assertScope(user, { region: facts.region, taxpayerId: facts.taxpayerId }, `Authorisation ${authorisationNumber}`);
    await assertCompanyMember(this.dataSource, user, facts.operatorId);
    if (facts.status === 'revoked' || facts.status === 'surrendered')
      throw new ConflictException(
        `authorisationNumber: authorisation ${facts.authorisationNumber} is ${facts.status}; only an authorisation in force (granted or suspended) has a certificate`,
      );
    const programme = await (facts.programmeVersion === null
      ? this.programme.current()
      : this.programme.get(facts.programmeVersion));
    const statusType = programme.document.statusTypes.find((type) => type.code === facts.statusType);
    const bytes = await renderPdf(
      certificateDocument({
        facts,
        statusTypeName: statusType?.name ?? { mn: facts.statusType, en: facts.statusType },
        timeZone: this.config.PROGRAMME_TIME_ZONE,
        registerUrl: `${this.config.PUBLIC_REGISTER_URL.replace(/\/+$/, '')}/${encodeURIComponent(facts.authorisationNumber)}`,
      }),
    );
    return { fileName: `AEO-${facts.authorisationNumber}.pdf`, bytes };
  }
}
