import type { PilotInvitationRecord } from '@aeo/workflows';
import type { Participant } from '../selection/selection.repository';
import { choiceSchema, selectionTermsSchema, shortlistRequestSchema } from '../selection/selection.schemas';
import { participantAfterStep } from './invitations.activities';

const chosen: Participant = {
  pilotId: '3f6e2d1c-0b9a-4876-a5e4-d3c2b1a09f8e',
  taxpayerId: '5123456',
  stage: 'chosen',
  region: 'DARKHAN',
  operatorId: null,
  shortlistId: '1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809',
  rank: 2,
  chosenReason: 'Second by volume',
  chosenBy: 'policy.unit.oyun',
  chosenAt: new Date('2027-02-01T02:00:00Z'),
  replacing: null,
  replacedBy: null,
  answerDueAt: null,
  answeredAt: null,
  answeredBy: null,
  reason: null,
  updatedAt: new Date('2027-02-01T02:00:00Z'),
};
const record = (step: PilotInvitationRecord['step'], to: PilotInvitationRecord['to'], details = {}, by = 'user-1') =>
  ({
    step,
    to,
    details,
    by,
    byRoles: [],
    from: 'invited',
    sequence: 2,
    workflowId: 'w',
    pilotId: chosen.pilotId,
    taxpayerId: chosen.taxpayerId,
  }) as PilotInvitationRecord;
const at = new Date('2027-02-03T07:00:00Z');

describe('a participant after its invitation’s steps', () => {
  it('is invited with the deadline, keeps its stage on a comment, and is answered by the person who accepted', () => {
    const invited = participantAfterStep(
      chosen,
      record('invite', 'invited', { answerDueAt: '2027-02-15T02:00:00Z' }, 'system'),
      at,
    );
    expect(invited).toMatchObject({
      stage: 'invited',
      answerDueAt: new Date('2027-02-15T02:00:00Z'),
      answeredAt: null,
    });
    const commented = participantAfterStep(invited, record('comment', 'invited', { comment: 'A question' }), at);
    expect(commented).toMatchObject({ stage: 'invited', answeredBy: null, reason: null });
    const accepted = participantAfterStep(
      commented,
      record('accept', 'accepted', { operatorId: '0f1e2d3c-4b5a-4697-8887-a6b5c4d3e2f1' }),
      at,
    );
    expect(accepted).toMatchObject({
      stage: 'accepted',
      answeredAt: at,
      answeredBy: 'user-1',
      operatorId: '0f1e2d3c-4b5a-4697-8887-a6b5c4d3e2f1',
    });
  });

  it('keeps the reason of a decline and of a withdrawal; an expiry has no answer', () => {
    expect(participantAfterStep(chosen, record('decline', 'declined', { reason: 'Reorganising' }), at)).toMatchObject({
      stage: 'declined',
      reason: 'Reorganising',
      answeredBy: 'user-1',
    });
    expect(
      participantAfterStep(chosen, record('withdraw', 'withdrawn', { reason: 'Under investigation' }, 'policy-1'), at),
    ).toMatchObject({ stage: 'withdrawn', reason: 'Under investigation', answeredBy: 'policy-1' });
    expect(participantAfterStep(chosen, record('expire', 'expired', {}, 'system'), at)).toMatchObject({
      stage: 'expired',
      answeredAt: null,
      answeredBy: null,
    });
  });
});

describe('selection bodies', () => {
  it('takes the ranking’s defaults and refuses weights that are all zero, naming the field', () => {
    expect(shortlistRequestSchema.parse({})).toEqual({
      limit: 10,
      windowDays: 365,
      exclusionYears: 3,
      weights: { volume: 1, value: 1, revenue: 1 },
    });
    const zero = shortlistRequestSchema.safeParse({ weights: { volume: 0, value: 0, revenue: 0 } });
    expect(zero.error?.issues[0]).toMatchObject({
      path: ['weights'],
      message: 'at least one ranking weight must be positive',
    });
    expect(shortlistRequestSchema.safeParse({ limit: 101 }).error?.issues[0]?.path).toEqual(['limit']);
  });

  it('defaults the answer period to 14 days and replacements to the policy unit’s confirmation', () => {
    const text = { mn: 'Текст', en: 'Text' };
    expect(
      selectionTermsSchema.parse({
        draftProgramme: { eligibilityCriteria: text, benefits: text, validationProcess: text },
      }),
    ).toMatchObject({ answerDays: 14, replacement: 'confirm' });
    expect(
      selectionTermsSchema.safeParse({
        draftProgramme: { eligibilityCriteria: text, benefits: text, validationProcess: text },
        answerDays: 91,
      }).error?.issues[0]?.path,
    ).toEqual(['answerDays']);
  });

  it('needs a reason and a customs region code for a choice', () => {
    const issues = choiceSchema.safeParse({ taxpayerId: '5123456', reason: ' ', region: 'darkhan' }).error?.issues;
    expect(issues?.map((issue) => issue.path.join('.'))).toEqual(['reason', 'region']);
  });
});
