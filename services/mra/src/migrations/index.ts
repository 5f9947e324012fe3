import { CreateMessagingTables1764300000000, OutboxPendingByAggregate1764400000200 } from '@aeo/messaging';
import {
  CreateAuditLog1764300000050,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
} from '@aeo/persistence';
import { CreateMutualRecognitionArrangements1764300000400 } from './1764300000400-mutual-recognition-arrangements';
import { ArrangementLifecycle1764300000410 } from './1764300000410-arrangement-lifecycle';
import { PartnerLists1764300000420 } from './1764300000420-partner-lists';
import { ListExports1764300000430 } from './1764300000430-list-exports';
import { ForeignIds1764300000440 } from './1764300000440-foreign-ids';
import { PartnerListIssueTimes1764300000450 } from './1764300000450-partner-list-issue-times';
import { RegisterScopeAndExportKeys1764300000460 } from './1764300000460-register-scope-and-export-keys';
import { ExportKeyWithdrawal1764300000461 } from './1764300000461-export-key-withdrawal';
import { PartnerListBulkTables1764300000451 } from './1764300000451-partner-list-bulk-tables';
import { PartnerListEntriesBulk1764300000452 } from './1764300000452-partner-list-entries-bulk';
import { PartnerListSignedFiles1764300000453 } from './1764300000453-partner-list-signed-files';
import { ForeignIdLookUps1764300000470 } from './1764300000470-foreign-id-look-ups';
import { PartnerKeyThumbprints1764300000480 } from './1764300000480-partner-key-thumbprints';
import { PartnerListEntriesStatusIndex1764300000490 } from './1764300000490-partner-list-entries-status-index';

/** In order; never edit a migration that has shipped, add a new one. */
export const MRA_MIGRATIONS = [
  CreateMessagingTables1764300000000,
  CreateAuditLog1764300000050,
  CreateMutualRecognitionArrangements1764300000400,
  ArrangementLifecycle1764300000410,
  PartnerLists1764300000420,
  ListExports1764300000430,
  ForeignIds1764300000440,
  PartnerListIssueTimes1764300000450,
  PartnerListBulkTables1764300000451,
  PartnerListEntriesBulk1764300000452,
  PartnerListSignedFiles1764300000453,
  RegisterScopeAndExportKeys1764300000460,
  ExportKeyWithdrawal1764300000461,
  ForeignIdLookUps1764300000470,
  PartnerKeyThumbprints1764300000480,
  PartnerListEntriesStatusIndex1764300000490,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
  OutboxPendingByAggregate1764400000200,
];
