import { visibilityQuery } from './visibility';
import { workflowListQuerySchema } from './workflow.schemas';

const since = new Date('2026-12-01T00:00:00.000Z');
const filter = (query: Record<string, string>) => workflowListQuerySchema.parse(query);

describe('visibilityQuery', () => {
  it('joins the filters given, each value quoted, statuses as Temporal names them', () => {
    expect(visibilityQuery(filter({}), since)).toBe('');
    expect(
      visibilityQuery(
        filter({ type: 'certificationWorkflow', status: 'timed-out', region: 'DARKHAN', stage: 'risk-assessment' }),
        since,
      ),
    ).toBe(
      'WorkflowType = "certificationWorkflow" AND ExecutionStatus = "TimedOut" AND AeoRegion = "DARKHAN" AND AeoStage = "risk-assessment"',
    );
  });

  it('takes a revalidation deadline as an instant in UTC', () => {
    expect(visibilityQuery(filter({ dueBefore: '2027-03-01T08:00:00+08:00' }), since)).toBe(
      'AeoRevalidationDue <= "2027-03-01T00:00:00.000Z"',
    );
    expect(workflowListQuerySchema.safeParse({ dueBefore: '2027-03-01' }).success).toBe(false);
  });

  it('narrows stuck to failed or timed-out runs and running ones started before the cut-off', () => {
    expect(visibilityQuery(filter({ stuck: 'true', status: 'running' }), since)).toBe(
      'ExecutionStatus = "Running" AND (ExecutionStatus = "Failed" OR ExecutionStatus = "TimedOut" OR (ExecutionStatus = "Running" AND StartTime < "2026-12-01T00:00:00.000Z"))',
    );
    expect(visibilityQuery(filter({ stuck: 'false' }), since)).toBe('');
  });

  it('refuses to splice an unchecked value (a bug upstream) instead of quoting it', () => {
    expect(() => visibilityQuery({ stage: 'x" OR WorkflowId != "', stuckHours: 24 }, since)).toThrow(
      /refusing to put stage/,
    );
    expect(() => visibilityQuery({ region: 'DARKHAN") OR ("', stuckHours: 24 }, since)).toThrow(/refusing/);
  });

  it('the schema refuses what the query builder would refuse', () => {
    for (const query of [{ stage: 'x" OR 1=1' }, { type: "a'b" }, { region: 'darkhan' }, { pageToken: '")' }])
      expect(workflowListQuerySchema.safeParse(query).success).toBe(false);
  });
});
