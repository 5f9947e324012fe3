import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, Operation } from '@aeo/service-kit';
import { ListValidatorsQuery, RegisterValidatorDto } from './validators.schemas';
import { ValidatorDto } from './validator.response';
import { ValidatorsService } from './validators.service';

@ApiTags('validators')
@Controller('validators')
export class ValidatorsController {
  constructor(private readonly validators: ValidatorsService) {}

  /** Registers (or updates) a validator of a region (the regional office of that region, or operations). */
  @Post()
  @Operation({
    roles: [ROLES.regionalOffice, ROLES.operations],
    summary: 'Register or update a validator',
    description:
      'Creates the validator, or updates the one registered under the same `sub` (name, region, active). A regional office creates validators of its own region and updates only validators already of its region; operations may also move a validator to another region. The region must be one of the programme (`CUSTOMS_REGIONS`). The audit trail keeps the record before and after.',
    status: 201,
    answer: ValidatorDto,
    answered: 'The validator as registered, with its open cases',
  })
  @ApiErrorAnswers({
    400: 'Invalid input, or `region` is not a customs region of the programme; the message names the field',
    403: "Role not allowed, the region is outside the regional office's scope, or the validator belongs to another region",
  })
  register(@CurrentUser() user: AuthenticatedUser, @Body(CustomsRegionPipe) body: RegisterValidatorDto) {
    return this.validators.register(user, body);
  }

  /** Validators with their open cases (the workload assignment follows). */
  @Get()
  @Operation({
    roles: [ROLES.regionalOffice, ROLES.operations, ROLES.executive, ROLES.validator],
    summary: 'List validators',
    description:
      'Validators with their open cases (new cases go to the active validator of the region with the fewest); regional staff see their own region (another region is 403). `region` must be one of the programme’s (`CUSTOMS_REGIONS`, else 400).',
    answer: [ValidatorDto],
  })
  @ApiErrorAnswers({
    400: '`region` is not a customs region of the programme; the message names the field',
    403: "Role not allowed, or another region than the regional staff's own",
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query(CustomsRegionPipe) query: ListValidatorsQuery) {
    return this.validators.list(user, query);
  }
}
