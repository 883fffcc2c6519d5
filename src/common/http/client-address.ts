import { isIP } from 'node:net';

/**
 * The client that rate limits and login lockouts count: an IPv4 address, or the /64 network of an IPv6 address
 * (a home or office gets at least a /64 and each host picks any address in it, so counting single IPv6
 * addresses would give one client 2^64 tries). IPv4-mapped IPv6 addresses count as their IPv4 address.
 */
export function clientKey(ip: string | null | undefined): string {
  const address = (ip ?? '').split('%')[0];
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) {
    return mapped[1];
  }
  switch (isIP(address)) {
    case 4:
      return address;
    case 6:
      return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
    default:
      return 'unknown';
  }
}

/** The eight 16-bit groups of a valid IPv6 address, in lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const hex = dotted
    ? address.slice(0, dotted.index) +
      [(Number(dotted[1]) << 8) | Number(dotted[2]), (Number(dotted[3]) << 8) | Number(dotted[4])]
        .map((n) => n.toString(16))
        .join(':')
    : address;
  const [head, tail] = hex.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16).toString(16));
}
