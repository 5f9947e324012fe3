import { lookup, LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent } from 'undici';

/**
 * Webhook URLs are given by platforms, so the service must not become a way into the customs
 * network (SSRF): only public unicast addresses are called, unless private targets are allowed
 * (development, tests, or platforms inside the same network by decision). The check runs where
 * the connection is made, on the addresses actually dialled, so a DNS answer cannot change
 * between the check and the call.
 */
export class BlockedTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlockedTargetError';
  }
}

const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');

/** Why an address may not be called, or undefined when it may. */
export function blockedReason(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range !== 'unicast') return `${address} is a ${range} address`;
  // IPv4-compatible IPv6 (::a.b.c.d, deprecated): ipaddr.js calls these unicast, but they embed an IPv4 address.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).match(IPV4_COMPATIBLE))
    return `${address} is an IPv4-compatible IPv6 address`;
  return undefined;
}

/** Checks a URL's host when it is an IP literal (the resolver is not asked for those). */
export function assertTargetAllowed(url: string): void {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const reason = blockedReason(host);
    if (reason) throw new BlockedTargetError(`webhook target refused: ${reason}`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function guardedLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.map((entry) => blockedReason(entry.address)).find(Boolean);
    if (refused) return callback(new BlockedTargetError(`webhook target ${hostname} refused: ${refused}`), []);
    if ((options as LookupAllOptions).all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}

/** The HTTP agent for webhook calls: public addresses only, unless private ones are allowed. */
export function webhookAgent(allowPrivateTargets: boolean): Agent {
  return new Agent(allowPrivateTargets ? {} : { connect: { lookup: guardedLookup as never } });
}
