import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, programmeEnvSchema } from './config';
import { PROGRAMME_MIGRATIONS } from './migrations';
import { FactsModule } from './facts/facts.module';
import { KpisModule } from './kpis/kpis.module';
import { ReportsModule } from './reports/reports.module';
import { BenefitModule } from './benefit/benefit.module';
import { ScorecardModule } from './scorecard/scorecard.module';
import { ThresholdsModule } from './thresholds/thresholds.module';
import { DeviationsModule } from './deviations/deviations.module';
import { PilotsModule } from './pilots/core/pilots.module';
import { PilotContactOfficersModule } from './pilots/contact-officers/contact-officers.module';
import { PilotTrainingModule } from './pilots/training/training.module';
import { PilotSelectionModule } from './pilots/selection/selection.module';
import { PilotInvitationsModule } from './pilots/invitations/invitations.module';
import { EvaluationModule } from './pilots/evaluation/evaluation.module';
import { PilotBenefitsTestModule } from './pilots/benefits-test/benefits-test.module';
import { PilotFinalReportModule } from './pilots/final-report/final-report.module';
import { OperatorMembersModule } from './operator-members/operator-members.module';

/**
 * The programme service measures the AEO programme from the platform's events (it never reads
 * another service's tables), one module per folder:
 * - `facts/`: its own consumer of the application, certification and validation topics (inbox,
 *   dead letters), folding each event into the fact table and the certification process table.
 * - `benefit/`: its consumer of the declaration and risk topics (inbox, dead letters), folding each
 *   declaration and its channel decision into a row and a daily roll-up (the benefit KPIs).
 * - `kpis/`: the KPI definitions, their values per period and scope, the drill-down to the events
 *   behind a figure, and the Prometheus gauges of the headline KPIs.
 * - `recompute/`: `npm run programme:recompute` rebuilds every KPI from the topics and compares; it
 *   boots its own module (`RecomputeModule`: the fold only), never this one.
 * - `reports/`: the quarterly programme report (HTML and PDF, mn and en), on demand and scheduled.
 * - `scorecard/`: the design-principles scorecard (the policy unit's assessments, with history) and
 *   the WTO TFA 7.7 checks, from programme versions and MRA phases its own consumer keeps.
 * - `thresholds/`: each KPI's deviation threshold, versioned (seeded from the KPI's target).
 * - `deviations/`: the evaluator (KPI values against thresholds), the deviation cases and the
 *   activity of their workflow (`aeo-programme`).
 * - `operator-members/`: its copy of the companies' users (the applications service's
 *   aeo.operator.user-linked/user-removed.v1): an operator user answers its company's invitation
 *   only while linked to it.
 * - `pilots/core/`: the pilots (`/v1/pilots`): time frame, objectives, workstreams, milestones, and
 *   the activities of the pilot workflow `pilot-<id>` (`aeo-programme`).
 * - `pilots/contact-officers/`, `pilots/training/`: each pilot company's contact officer (with its
 *   history), and the training sessions, registrations, attendance, materials and companies' training status.
 * - `pilots/selection/`, `pilots/invitations/`: shortlists from the risk engine's ranking, the policy unit's
 *   choices, and each candidate's invitation and consultation (workflow `pilot-invitation-<pilotId>-<taxpayerId>`).
 * - `pilots/evaluation/`: a pilot's evaluation questionnaires (customs staff, pilot companies), their
 *   answers and results per question and audience, and the lessons learnt.
 * - `pilots/benefits-test/`: a pilot's benefits test (its certified companies' controls, benefits and
 *   release times before and after certification and against comparable traders, per milestone).
 * - `pilots/final-report/`: a pilot's final report (HTML and PDF, mn and en), made by the pilot
 *   workflow at the end and on demand, listed, fetched and approved by an executive.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, programmeEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, {
      entities: [],
      migrations: PROGRAMME_MIGRATIONS,
      temporal: true,
    }),
    OperatorMembersModule,
    FactsModule,
    KpisModule,
    ReportsModule,
    BenefitModule,
    ScorecardModule,
    ThresholdsModule,
    DeviationsModule,
    PilotsModule,
    PilotContactOfficersModule,
    PilotTrainingModule,
    PilotSelectionModule,
    PilotInvitationsModule,
    EvaluationModule,
    PilotBenefitsTestModule,
    PilotFinalReportModule,
  ],
})
export class AppModule {}
