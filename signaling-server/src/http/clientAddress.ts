// Who is on the other end of a request. Limits on guessing are kept per client
// address, so the address must be one a client cannot choose: the socket's own
// peer, unless that peer is a reverse proxy the operator named as trusted
// (HHC_TRUSTED_PROXIES), in which case the proxy's X-Forwarded-For says who it
// forwarded for. A header from anyone else is ignored: believing it would let
// a guesser wear a new address on every request.
import { isIP } from 'node:net';

/** `::ffff:10.0.0.1` and `10.0.0.1` are the same IPv4 client. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1]! : trimmed).toLowerCase();
}

export type TrustedProxies = ReadonlySet<string>;

export function trustedProxies(list: readonly string[]): TrustedProxies {
  return new Set(list.map(normaliseAddress));
}

/**
 * The client address: walk X-Forwarded-For from the right (the hop nearest to
 * us) past every trusted proxy; the first address that is not one is the
 * client. Malformed entries stop the walk at the last address we trust.
 */
export function clientAddress(
  peerAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  proxies: TrustedProxies,
): string {
  let client = normaliseAddress(peerAddress ?? 'unknown');
  if (!proxies.has(client) || forwardedFor === undefined) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map(normaliseAddress)
    .filter((hop) => hop !== '');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!proxies.has(hop)) return client;
  }
  return client;
}
