import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import type { InformationRequestView } from './information-request.response';
import {
  insertInformationRequest,
  listInformationRequests,
  lockInformationRequest,
  recordInformationReply,
  type IListInformationRequestsResult,
} from './information-requests.queries';

/** A request for information and its reply, if given. */
export interface InformationRequest {
  id: string;
  applicationId: string;
  questions: string;
  requestedBy: string;
  requestedAt: Date;
  dueBy: Date;
  response: string | null;
  respondedBy: string | null;
  respondedAt: Date | null;
}

const toRequest = (row: IListInformationRequestsResult): InformationRequest => camelRow(row);

/** As the API answers it. */
export function informationRequestView(r: InformationRequest): InformationRequestView {
  return {
    ...r,
    requestedAt: r.requestedAt.toISOString(),
    dueBy: r.dueBy.toISOString(),
    respondedAt: r.respondedAt ? r.respondedAt.toISOString() : null,
  };
}

/** A new open request (at most one per application: a second one is a unique violation). */
export async function insertInformationRequestOf(
  runner: SqlRunner,
  request: { id: string; applicationId: string; questions: string; requestedBy: string; dueBy: Date },
): Promise<InformationRequest> {
  const [row] = await runSql(insertInformationRequest, request, runner);
  return toRequest(row);
}

/** The application's request, locked for update in the runner's transaction. */
export async function lockInformationRequestOf(
  runner: SqlRunner,
  applicationId: string,
  id: string,
): Promise<InformationRequest | undefined> {
  return runSqlOne(lockInformationRequest, { applicationId, id }, runner, toRequest);
}

/** Records the reply (now) and answers the request as it stands. */
export async function recordInformationReplyTo(
  runner: SqlRunner,
  id: string,
  response: string,
  respondedBy: string,
): Promise<InformationRequest> {
  const [row] = await runSql(recordInformationReply, { id, response, respondedBy }, runner);
  return toRequest(row);
}

/** Oldest first. */
export async function listInformationRequestsOf(
  runner: SqlRunner,
  applicationId: string,
): Promise<InformationRequest[]> {
  return (await runSql(listInformationRequests, { applicationId }, runner)).map(toRequest);
}
