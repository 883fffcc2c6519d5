import { clientKey } from './client-address.js';

describe('clientKey', () => {
  it('keeps an IPv4 address, also when it comes IPv4-mapped', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every address of one IPv6 /64 as one client, however it is written', () => {
    const key = clientKey('2001:db8:0:42::1');
    expect(key).toBe('2001:db8:0:42::/64');
    expect(clientKey('2001:0DB8:0000:0042:ffff:ffff:ffff:ffff')).toBe(key);
    expect(clientKey('2001:db8::42:a:b:c:d')).toBe(key);
    expect(clientKey('2001:db8:0:42:1:2:198.51.100.1')).toBe(key);
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('tells neighbouring /64 networks apart', () => {
    expect(clientKey('2001:db8:0:43::1')).not.toBe(clientKey('2001:db8:0:42::1'));
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });

  it('gives anything that is not an address one shared key', () => {
    expect(clientKey(null)).toBe('unknown');
    expect(clientKey('not-an-ip')).toBe('unknown');
  });
});
