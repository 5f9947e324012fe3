export * from './temporal.module';
export * from './activity-failures';
export * from './bound-activities';
export * from './correlation';
export * from './workflow-step';
export * from './schedules';
export * from './workflow-schedule';
