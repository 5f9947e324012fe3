import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams, TaxpayerIdPipe } from '@aeo/service-kit';
import { AuthorisationNumberParams, PublicSearchQuery } from '../register/register.schemas';
import { PublicEntryDto, PublicEntryPageDto } from '../register/register.response';
import { RegisterService } from '../register/register.service';

/** The public AEO register (no token): only what each holder agreed to publish. */
@ApiTags('public-register')
@Public()
@Controller('public/register')
export class PublicRegisterController {
  constructor(private readonly register: RegisterService) {}

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
  // An id in another format (one with a hidden character, `abc`) is refused, not searched for nothing;
  // the query's id is already trimmed (its schema), so it is checked as it is searched for.
  search(@Query(TaxpayerIdPipe('taxpayerId')) query: PublicSearchQuery) {
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
