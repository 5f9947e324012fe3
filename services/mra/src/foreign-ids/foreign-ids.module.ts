import { Module } from '@nestjs/common';
import { DeclarationsConsumer } from './declarations.consumer';
import { ForeignIdsController, RecognitionsController } from './foreign-ids.controller';
import { ForeignIdsService } from './foreign-ids.service';

/**
 * Foreign AEO identifiers named by declarations: matching against the partner lists, the review
 * queue and match rate (`/v1/foreign-ids`), and the recognition look-up (`/v1/recognitions`).
 */
@Module({
  controllers: [ForeignIdsController, RecognitionsController],
  providers: [ForeignIdsService, DeclarationsConsumer],
})
export class ForeignIdsModule {}
