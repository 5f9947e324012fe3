import { CreateMessagingTables1764300000000 } from '@aeo/messaging';
import { CreateAuditLog1764300000050 } from '@aeo/persistence';
import { Notifications1764300000500 } from './1764300000500-notifications';
import { DeliveryChannels1764300000510 } from './1764300000510-delivery-channels';

export const NOTIFICATIONS_MIGRATIONS = [CreateMessagingTables1764300000000, CreateAuditLog1764300000050, Notifications1764300000500, DeliveryChannels1764300000510];
