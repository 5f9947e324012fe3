import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@aeo/auth';
import { Operation } from '@aeo/service-kit';
import { AuthorisationNumberParams, PublicSearchQuery } from '../register/register.schemas';
import { PublicEntryDto } from '../register/register.response';
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
    description: 'Published authorisations in force (granted or suspended), by name when the holder published it.',
    answer: [PublicEntryDto],
  })
  search(@Query() query: PublicSearchQuery) {
    return this.register.publicSearch(query);
  }

  @Get(':authorisationNumber')
  @Operation({
    summary: 'Look up a published authorisation',
    description: 'The published fields of one authorisation; 404 when it does not exist or is not published.',
    answer: PublicEntryDto,
  })
  entry(@Param() params: AuthorisationNumberParams) {
    return this.register.publicEntry(params.authorisationNumber);
  }
}
