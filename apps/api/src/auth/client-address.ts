import { isIPv6 } from 'node:net';

/**
 * The key a client's attempts count under: an IPv4 address as is (also when written IPv4-mapped, ::ffff:1.2.3.4);
 * an IPv6 address by its /64, because one subscriber is handed a whole /64 and could otherwise take a fresh
 * address for every guess.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1];
  const bare = address.replace(/%.*$/, ''); // a zone id (fe80::1%eth0) is local detail
  if (!isIPv6(bare) || bare.includes('.')) return address;
  const [head, tail] = bare.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
