import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { AuthorisationNumberParams } from '../register/register.schemas';
import { CertificatesService } from './certificates.service';

/** An authorisation's AEO certificate for its holder and the customs staff who read the register. */
@ApiTags('register')
@Controller('authorisations')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  // The PDF answer documented here overrides the plain 200 of @Operation below it.
  @ApiOkResponse({
    description: 'The certificate, one A4 page in Mongolian and English',
    headers: {
      'Content-Disposition': {
        description: 'attachment; filename="AEO-<authorisationNumber>.pdf"',
        schema: { type: 'string' },
      },
    },
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @Operation({
    roles: CASE_READERS,
    summary: 'Download an authorisation’s AEO certificate (PDF)',
    description:
      'The AEO certificate of an authorisation in force, one A4 page with every word in Mongolian and English: the administration, the title, the authorisation number, the holder’s name, taxpayer id and address, the status type with its name from the programme version the authorisation was granted on, the decision date, effective from and the next revalidation due (calendar days of PROGRAMME_TIME_ZONE, the zone named on the page), the status (a suspension, whole or of the security part, in a red banner and across the page), and a QR code of the public register’s address of the number (PUBLIC_REGISTER_URL; the public register answers only when the holder publishes the authorisation). Rendered from the register on each request, the PDF’s creation date being the decision’s time: the same register entry gives the same bytes. Scoped as GET /v1/authorisations/{authorisationNumber}: an operator user linked to the holder company (403 when not a member; 404 for another company’s, as for an unknown number), regional staff their region’s (403 otherwise). 404 for an unknown number; 409 naming authorisationNumber for a revoked or surrendered authorisation (no certificate of an authorisation no longer in force). Not audited, as the other reads (documents, the register).',
  })
  @ApiErrorAnswers({
    403: 'Not a member of the holder (operator users), or another region’s (regional staff)',
    404: 'No such authorisation, or another company’s (operator users)',
    409: 'The authorisation is revoked or surrendered',
  })
  @Get(':authorisationNumber/certificate')
  // The holder's name, taxpayer id and address: kept by no shared cache, nor on disk.
  @Header('Cache-Control', 'private, no-store')
  async certificate(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    const certificate = await this.certificates.certificate(user, params.authorisationNumber);
    return new StreamableFile(certificate.bytes, {
      type: 'application/pdf',
      disposition: `attachment; filename="${certificate.fileName}"`,
      length: certificate.bytes.length,
    });
  }
}
