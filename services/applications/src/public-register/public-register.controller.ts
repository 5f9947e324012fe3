import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { programmeTaxpayerId } from '@aeo/contracts';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams, fieldBadRequest } from '@aeo/service-kit';
import type { ApplicationsConfig } from '../config';
import { AuthorisationNumberParams, PublicSearchQuery } from '../register/register.schemas';
import { PublicEntryDto, PublicEntryPageDto } from '../register/register.response';
import { RegisterService } from '../register/register.service';

/** The public AEO register (no token): only what each holder agreed to publish. */
@ApiTags('public-register')
@Public()
@Controller('public/register')
export class PublicRegisterController {
  /** The programme's taxpayer id format (`TAXPAYER_ID_PATTERN`), as operator registration and the status look-up check it. */
  private readonly taxpayerIdFormat: ReturnType<typeof programmeTaxpayerId>;

  constructor(
    private readonly register: RegisterService,
    @Inject(APP_CONFIG) config: Pick<ApplicationsConfig, 'TAXPAYER_ID_PATTERN'>,
  ) {
    // The query's id is already trimmed (its schema): checked as it is searched for.
    this.taxpayerIdFormat = programmeTaxpayerId(config.TAXPAYER_ID_PATTERN, { trim: false });
  }

  @Get()
  @Operation({
    summary: 'Search the public AEO register',
    description:
      'Published authorisations in force (granted or suspended), by authorisation number; `name` finds part of the holder’s name and `taxpayerId` the holder’s taxpayer id exactly, each only when the holder publishes it. Paged on the server (`page`, `pageSize`, `total`). Each entry shows the number, the status and only the fields its holder publishes. No token.',
    answer: PublicEntryPageDto,
    answered: 'A page of the published entries with the total',
  })
  @ApiErrorAnswers({
    400: 'Invalid name, taxpayer id, page, page size, sort or order; the message names the parameter',
  })
  search(@Query() query: PublicSearchQuery) {
    // An id in another format (one with a hidden character, `abc`) is refused, not searched for nothing.
    if (query.taxpayerId !== undefined) {
      const format = this.taxpayerIdFormat.safeParse(query.taxpayerId);
      if (!format.success) throw fieldBadRequest('taxpayerId', format.error.issues[0]!.message);
    }
    return this.register.publicSearch(query);
  }

  @Get(':authorisationNumber')
  @Operation({
    summary: 'Look up a published authorisation',
    description: 'The published fields of one authorisation; 404 when it does not exist or is not published.',
    answer: PublicEntryDto,
  })
  entry(@Param() params: AuthorisationNumberParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.register.publicEntry(params.authorisationNumber);
  }
}
