import { jest } from '@jest/globals';
import type { Redis } from 'ioredis';
import { PiiCryptoService } from '../../src/citizens/pii-crypto.service.js';
import { REDIS } from '../../src/redis/redis.tokens.js';
import { openCase } from '../utils/cases.js';
import { TestApp } from '../utils/test-app.js';

/** The citizen lookup's limits against guessed pins (API.md "Citizen lookup"; issue 13, item 8). */
describe('citizen lookup limits', () => {
  let t: TestApp;
  let reception: Awaited<ReturnType<TestApp['createUser']>>;

  beforeAll(async () => {
    t = await TestApp.start();
    reception = await t.createUser('reception', (await t.createUnit()).id);
  });
  afterAll(() => t.close());

  const lookup = (code: string, pin: string, address: string) =>
    t.http().get(`/public/cases/${code}?pin=${pin}`).set('X-Forwarded-For', address);
  const wrong = (pin: string) => (pin === '000000' ? '111111' : '000000');

  it('answers 404 to every pin of a code after 10 wrong pins from any addresses, until the hour has passed', async () => {
    const target = await openCase(t, reception);
    const bystander = await openCase(t, reception);
    for (let i = 0; i < 10; i += 1) {
      await lookup(target.code, wrong(target.trackingPin), `198.51.100.${i + 1}`).expect(404);
    }
    const blocked = await lookup(target.code, target.trackingPin, '192.0.2.1').expect(404);
    const unknown = await lookup('TC-1999-000001', target.trackingPin, '192.0.2.1').expect(404);
    expect(blocked.body).toEqual(unknown.body);
    await lookup(bystander.code, bystander.trackingPin, '192.0.2.1').expect(200);

    const redis = t.app.get<Redis>(REDIS);
    const ttl = await redis.ttl(`rl:pin:${target.code}`);
    expect(ttl).toBeGreaterThan(3590);
    expect(ttl).toBeLessThanOrEqual(3600);
    // The hour passes.
    await redis.pexpire(`rl:pin:${target.code}`, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await lookup(target.code, target.trackingPin, '192.0.2.1').expect(200);
  });

  it('counts only wrong pins: the citizen with the right pin never uses up the tries', async () => {
    const c = await openCase(t, reception);
    for (let i = 0; i < 9; i += 1) {
      await lookup(c.code, wrong(c.trackingPin), `203.0.113.${i + 1}`).expect(404);
    }
    for (let i = 0; i < 5; i += 1) {
      await lookup(c.code, c.trackingPin, '192.0.2.2').expect(200);
    }
    await lookup(c.code, wrong(c.trackingPin), '203.0.113.50').expect(404);
    await lookup(c.code, c.trackingPin, '192.0.2.2').expect(404);
  });

  it('compares no more than 10 pins when guesses for one code arrive at once', async () => {
    const c = await openCase(t, reception);
    const pinHash = jest.spyOn(t.app.get(PiiCryptoService), 'pinHash');
    try {
      const guesses = await Promise.all(
        Array.from({ length: 25 }, (_, i) => lookup(c.code, wrong(c.trackingPin), `198.51.100.${100 + i}`)),
      );
      expect(guesses.map((r) => r.status)).toEqual(Array(25).fill(404));
      expect(pinHash.mock.calls.length).toBeGreaterThan(0);
      expect(pinHash.mock.calls.length).toBeLessThanOrEqual(10);
    } finally {
      pinHash.mockRestore();
    }
    await lookup(c.code, c.trackingPin, '192.0.2.3').expect(404);
  });

  it('counts the lookups of an IPv6 client per /64', async () => {
    const c = await openCase(t, reception);
    for (let i = 1; i <= 30; i += 1) {
      await lookup(c.code, c.trackingPin, `2001:db8:5:6:${i.toString(16)}::1`).expect(200);
    }
    const limited = await lookup(c.code, c.trackingPin, '2001:db8:5:6:ffff::2').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await lookup(c.code, c.trackingPin, '2001:db8:5:7::1').expect(200);
  });
});
