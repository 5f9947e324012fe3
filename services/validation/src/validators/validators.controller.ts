import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ListValidatorsQuery, RegisterValidatorDto } from './validators.schemas';
import { ValidatorsService } from './validators.service';

@ApiTags('validators')
@Controller('validators')
export class ValidatorsController {
  constructor(private readonly validators: ValidatorsService) {}

  /** Registers (or updates) a validator of a region (the regional office of that region, or operations). */
  @Post()
  @Roles(ROLES.regionalOffice, ROLES.operations)
  register(@CurrentUser() user: AuthenticatedUser, @Body() body: RegisterValidatorDto) {
    return this.validators.register(user, body);
  }

  /** Validators with their open cases (the workload assignment follows). */
  @Get()
  @Roles(ROLES.regionalOffice, ROLES.operations, ROLES.executive, ROLES.validator)
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListValidatorsQuery) {
    return this.validators.list(user, query);
  }
}
