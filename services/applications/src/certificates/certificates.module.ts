import { Module } from '@nestjs/common';
import { ProgrammeModule } from '../programme/programme.module';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';

/** The AEO certificate of an authorisation, rendered as a bilingual PDF from the register. */
@Module({
  imports: [ProgrammeModule],
  controllers: [CertificatesController],
  providers: [CertificatesService],
})
export class CertificatesModule {}
