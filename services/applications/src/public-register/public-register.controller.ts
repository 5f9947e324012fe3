import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '@aeo/auth';
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
  @ApiOperation({
    summary: 'Search the public AEO register',
    description: 'Published authorisations in force (granted or suspended), by name when the holder published it.',
  })
  @ZodResponse({ status: 200, type: [PublicEntryDto] })
  search(@Query() query: PublicSearchQuery) {
    return this.register.publicSearch(query);
  }

  @Get(':authorisationNumber')
  @ApiOperation({
    summary: 'Look up a published authorisation',
    description: 'The published fields of one authorisation; 404 when it does not exist or is not published.',
  })
  @ZodResponse({ status: 200, type: PublicEntryDto })
  entry(@Param() params: AuthorisationNumberParams) {
    return this.register.publicEntry(params.authorisationNumber);
  }
}
