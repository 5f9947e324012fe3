import { OperatorInvitationCreated, openInvitationCode } from '@aeo/contracts';
import { PermanentEventError } from '@aeo/messaging';

/**
 * A company invitation's email carries the link to the identity provider's invitation page with
 * the code, which arrives sealed for this service (INVITATION_CODE_KEY): opened here, just before
 * rendering, and never kept in the event's data. Other events pass unchanged. A seal that does not
 * open (another key) fails for good: after the consumer's attempts the event is dead-lettered with
 * the reason, instead of being retried for ever and holding up its partition's later events.
 */
export function withInvitationLink(
  eventType: string,
  data: Record<string, unknown>,
  options: { codeKey: string; identityUrl: string },
): Record<string, unknown> {
  if (eventType !== OperatorInvitationCreated.type) return data;
  const { sealedCode, ...rest } = data;
  let code: string;
  try {
    code = openInvitationCode(options.codeKey, String(data['invitationId']), String(sealedCode));
  } catch (error) {
    throw new PermanentEventError(
      `the invitation's code does not open under INVITATION_CODE_KEY (is it applications' key?): ${(error as Error).message}`,
    );
  }
  const link = new URL('/invitation', options.identityUrl);
  link.searchParams.set('code', code);
  return { ...rest, invitationLink: link.toString() };
}
