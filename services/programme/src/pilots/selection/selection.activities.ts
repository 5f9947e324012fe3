import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PilotReplacementProposed } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { boundActivities } from '@aeo/temporal';
import {
  type PilotInvitationActivities,
  type PilotReplacementProposal,
  type PilotShortlistActivities,
  type PilotShortlistRecord,
  notFound,
} from '@aeo/workflows';
import {
  findPilot,
  insertShortlist,
  lockParticipant,
  lockPilot,
  nextUnchosenCandidate,
  occupiedPlaces,
  selectionTerms,
  shortlists,
} from './selection.repository';
import { PilotSelectionService, SELECTING_STATUSES } from './selection.service';

/** An automatic replacement's reason, as the policy unit reads it. */
const automaticReason = (replacing: string, ending: string) =>
  `Automatic replacement of ${replacing} (${ending}): next candidate of the latest shortlist`;

/**
 * The selection's activities on `TASK_QUEUES.programme`: the shortlist's record (once per pilot
 * and number, with its event and audit entry) and the replacement proposed after a decline or an
 * expiry (chosen and invited at once when the pilot's terms say `automatic`).
 */
@Injectable()
export class PilotSelectionActivities
  implements PilotShortlistActivities, Pick<PilotInvitationActivities, 'proposePilotReplacement'>
{
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly selection: PilotSelectionService,
  ) {}

  asActivities(): PilotShortlistActivities & Pick<PilotInvitationActivities, 'proposePilotReplacement'> {
    return boundActivities(this, ['recordPilotShortlist', 'proposePilotReplacement']);
  }

  async recordPilotShortlist(record: PilotShortlistRecord): Promise<{ shortlistId: string }> {
    if (!(await findPilot(this.dataSource, record.pilotId))) throw notFound(`Pilot ${record.pilotId} not found`);
    return this.dataSource.transaction(async (manager) => {
      const { shortlistId, fresh } = await insertShortlist(manager, {
        id: randomUUID(),
        pilotId: record.pilotId,
        sequence: record.sequence,
        workflowId: record.workflowId,
        request: record.request,
        ranking: record.ranking,
        takenBy: record.by,
      });
      if (fresh) {
        const [list] = (await shortlists(manager, record.pilotId, 1)).filter((l) => l.shortlistId === shortlistId);
        await this.selection.recordShortlistEvent(manager, list!, record.byRoles);
      }
      return { shortlistId };
    });
  }

  async proposePilotReplacement(input: {
    pilotId: string;
    replacing: string;
    ending: 'declined' | 'expired';
  }): Promise<PilotReplacementProposal> {
    const proposal = await this.dataSource.transaction(async (manager): Promise<PilotReplacementProposal> => {
      const terms = await selectionTerms(manager, input.pilotId);
      // Chosen at once only where the policy unit could choose it now: the pilot still selecting, a place free.
      const pilot = await lockPilot(manager, input.pilotId);
      const automatic =
        terms?.replacement === 'automatic' &&
        pilot !== undefined &&
        SELECTING_STATUSES.includes(pilot.status) &&
        (await occupiedPlaces(manager, input.pilotId)) < pilot.maxCompanies;
      const next = await nextUnchosenCandidate(manager, input.pilotId);
      const proposed = next && { taxpayerId: next.taxpayerId, rank: next.rank, shortlistId: next.shortlistId };
      await this.outbox.append(manager, PilotReplacementProposed, {
        subject: input.pilotId,
        aggregateId: input.pilotId,
        data: {
          pilotId: input.pilotId,
          replacing: input.replacing,
          ending: input.ending,
          proposed: proposed ?? null,
          automatic: automatic && proposed !== undefined,
          at: new Date().toISOString(),
        },
      });
      if (!automatic || !proposed) return { automatic: false, ...(proposed && { proposed }) };
      // The ranking names no region: the replacement is taken in the replaced candidate's region.
      const replaced = await lockParticipant(manager, input.pilotId, input.replacing);
      if (!replaced) throw notFound(`${input.replacing} is not a candidate of pilot ${input.pilotId}`);
      await this.selection.chooseIn(
        manager,
        input.pilotId,
        {
          taxpayerId: proposed.taxpayerId,
          reason: automaticReason(input.replacing, input.ending),
          region: replaced.region,
          replacing: input.replacing,
        },
        'system',
        [],
      );
      return { automatic: true, proposed };
    });
    if (proposal.automatic) await this.selection.startInvitations(input.pilotId);
    return proposal;
  }
}
