import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { taxpayerId } from '@aeo/contracts';

export const aeoStatusParamsSchema = z.strictObject({ taxpayerId });
export class AeoStatusParams extends createZodDto(aeoStatusParamsSchema) {}
