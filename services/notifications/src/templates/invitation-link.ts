import { OperatorInvitationCreated, openInvitationCode } from '@aeo/contracts';

/**
 * A company invitation's email carries the link to the identity provider's invitation page with
 * the code, which arrives sealed for this service (INVITATION_CODE_KEY): opened here, just before
 * rendering, and never kept in the event's data. Other events pass unchanged. A seal that does not
 * open (another key) throws: the event is retried and dead-lettered with the reason, as a
 * misconfiguration should be.
 */
export function withInvitationLink(
  eventType: string,
  data: Record<string, unknown>,
  options: { codeKey: string; identityUrl: string },
): Record<string, unknown> {
  if (eventType !== OperatorInvitationCreated.type) return data;
  const { sealedCode, ...rest } = data;
  const code = openInvitationCode(options.codeKey, String(data['invitationId']), String(sealedCode));
  const link = new URL('/invitation', options.identityUrl);
  link.searchParams.set('code', code);
  return { ...rest, invitationLink: link.toString() };
}
