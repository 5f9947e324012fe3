import { Module } from '@nestjs/common';
import { RegisterModule } from '../register/register.module';
import { PublicRegisterController } from './public-register.controller';

/** The public AEO register (no token): what each holder agreed to publish, read from the register. */
@Module({
  imports: [RegisterModule],
  controllers: [PublicRegisterController],
})
export class PublicRegisterModule {}
