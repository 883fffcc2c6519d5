import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

describe('calendar', () => {
  let t: TestApp;
  let inspector: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    inspector = await t.createUser('inspector', (await t.createUnit()).id);
  });
  afterAll(() => t.close());

  it('lists the seeded official days of 2024 with the make-up Saturday, confirmed', async () => {
    const res = await t
      .http()
      .get('/calendar/days?year=2024')
      .set(...bearer(inspector.token))
      .expect(200);
    expect(res.body.year).toBe(2024);
    expect(res.body.confirmed).toBe(true);
    const off = res.body.daysOff.map((d: { date: string }) => d.date);
    expect(off).toEqual(
      expect.arrayContaining([
        '2024-01-01',
        '2024-02-08',
        '2024-02-14',
        '2024-04-18',
        '2024-04-29',
        '2024-09-03',
      ]),
    );
    expect(res.body.workingDays).toEqual([{ date: '2024-05-04', name: expect.any(String) }]);
  });

  it('shows 2026 as provisional and a later year with its fixed-date holidays', async () => {
    const y2026 = await t
      .http()
      .get('/calendar/days?year=2026')
      .set(...bearer(inspector.token))
      .expect(200);
    expect(y2026.body.confirmed).toBe(false);
    expect(y2026.body.daysOff.map((d: { date: string }) => d.date)).toContain('2026-02-16');
    const y2030 = await t
      .http()
      .get('/calendar/days?year=2030')
      .set(...bearer(inspector.token))
      .expect(200);
    expect(y2030.body.daysOff.map((d: { date: string }) => d.date)).toEqual([
      '2030-01-01',
      '2030-04-30',
      '2030-05-01',
      '2030-09-02',
    ]);
  });

  it('computes deadlines in calendar and working days over the holidays', async () => {
    const get = (q: string) =>
      t
        .http()
        .get(`/calendar/deadline?${q}`)
        .set(...bearer(inspector.token));
    // 2024-08-03 + 30 days = Mon 2024-09-02 (Quốc khánh), 09-03 off too: rolls forward to 2024-09-04.
    const rolled = await get('start=2024-08-03&amount=30&unit=calendar_days').expect(200);
    expect(rolled.body.dueDate).toBe('2024-09-04');
    expect(rolled.body.explanation.rolledForwardFrom).toBe('2024-09-02');
    // Received Wed 2024-02-07, 10 working days: Tết 08-14/02 skipped -> 15,16,19,20,21,22,23,26,27,28.
    const tet = await get('start=2024-02-07&amount=10&unit=working_days').expect(200);
    expect(tet.body.dueDate).toBe('2024-02-28');
    // Make-up Saturday 2024-05-04 counts: from Fri 2024-05-03, 1 working day is Sat 05-04.
    const makeUp = await get('start=2024-05-03&amount=1&unit=working_days').expect(200);
    expect(makeUp.body.dueDate).toBe('2024-05-04');
  });

  it('answers bad dates, units and amounts with 400', async () => {
    const get = (q: string) =>
      t
        .http()
        .get(`/calendar/deadline?${q}`)
        .set(...bearer(inspector.token));
    await get('start=2024-02-30&amount=10&unit=working_days').expect(400);
    await get('start=yesterday&amount=10&unit=working_days').expect(400);
    await get('start=2024-02-01&amount=0&unit=working_days').expect(400);
    await get('start=2024-02-01&amount=3651&unit=working_days').expect(400);
    await get('start=2024-02-01&amount=1.5&unit=working_days').expect(400);
    await get('start=2024-02-01&amount=10&unit=weeks').expect(400);
    await get('start=2024-02-01&amount=10').expect(400);
    await t
      .http()
      .get('/calendar/days?year=abc')
      .set(...bearer(inspector.token))
      .expect(400);
  });

  it('lets only an admin edit days, and refuses bad edits', async () => {
    const body = { type: 'day_off', name: 'Nghỉ đột xuất' };
    await t
      .http()
      .put('/calendar/days/2027-03-10')
      .set(...bearer(inspector.token))
      .send(body)
      .expect(403);
    await t
      .http()
      .delete('/calendar/days/2024-01-01')
      .set(...bearer(inspector.token))
      .expect(403);
    await t.http().put('/calendar/days/2027-03-10').send(body).expect(401);
    const admin = bearer(t.adminToken);
    await t
      .http()
      .put('/calendar/days/2027-02-30')
      .set(...admin)
      .send(body)
      .expect(400);
    await t
      .http()
      .put('/calendar/days/2027-03-10')
      .set(...admin)
      .send({ type: 'holiday', name: 'x' })
      .expect(400);
    // A make-up working day must be a weekend day.
    await t
      .http()
      .put('/calendar/days/2027-03-10')
      .set(...admin)
      .send({ type: 'working_day', name: 'Làm bù' })
      .expect(400);
    await t
      .http()
      .delete('/calendar/days/2027-03-11')
      .set(...admin)
      .expect(404);
  });

  it('moves a working-day deadline when an admin adds a day off, and back when it is removed', async () => {
    const admin = bearer(t.adminToken);
    const q = '/calendar/deadline?start=2027-03-08&amount=3&unit=working_days';
    const before = await t
      .http()
      .get(q)
      .set(...bearer(inspector.token))
      .expect(200);
    expect(before.body.dueDate).toBe('2027-03-11');
    const put = await t
      .http()
      .put('/calendar/days/2027-03-10')
      .set(...admin)
      .send({ type: 'day_off', name: 'Nghỉ đột xuất', notice: 'QĐ 1/2027' })
      .expect(200);
    expect(put.body).toEqual({
      date: '2027-03-10',
      type: 'day_off',
      name: 'Nghỉ đột xuất',
      notice: 'QĐ 1/2027',
    });
    const after = await t
      .http()
      .get(q)
      .set(...bearer(inspector.token))
      .expect(200);
    expect(after.body.dueDate).toBe('2027-03-12');
    expect(after.body.explanation.nonWorkingDaysSkipped).toContain('2027-03-10');
    // The first edit of 2027 wrote out its fixed-date holidays, so the year keeps them.
    const y2027 = await t
      .http()
      .get('/calendar/days?year=2027')
      .set(...admin)
      .expect(200);
    expect(y2027.body.daysOff.map((d: { date: string }) => d.date)).toEqual([
      '2027-01-01',
      '2027-03-10',
      '2027-04-30',
      '2027-05-01',
      '2027-09-02',
    ]);
    await t
      .http()
      .delete('/calendar/days/2027-03-10')
      .set(...admin)
      .expect(204);
    const restored = await t
      .http()
      .get(q)
      .set(...bearer(inspector.token))
      .expect(200);
    expect(restored.body.dueDate).toBe('2027-03-11');
    const audit = await t
      .http()
      .get('/audit?entityType=calendar_day&entityId=2027-03-10')
      .set(...admin)
      .expect(200);
    expect(audit.body.items.map((i: { action: string }) => i.action).sort()).toEqual([
      'calendar_day.create',
      'calendar_day.delete',
    ]);
  });

  it('sees a change made through another instance (no stale per-process calendar)', async () => {
    const q = '/calendar/deadline?start=2028-06-05&amount=1&unit=working_days';
    const before = await t
      .http()
      .get(q)
      .set(...bearer(inspector.token))
      .expect(200);
    expect(before.body.dueDate).toBe('2028-06-06');
    // Another instance writes straight to the database, as its own CalendarService would.
    await t.dataSource.transaction(async (m) => {
      await m.query(`INSERT INTO calendar_day (date, type, name) VALUES ('2028-06-06', 'day_off', 'x')`);
      await m.query('UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1');
    });
    const after = await t
      .http()
      .get(q)
      .set(...bearer(inspector.token))
      .expect(200);
    expect(after.body.dueDate).toBe('2028-06-07');
  });

  it('lets an admin confirm a provisional year', async () => {
    await t
      .http()
      .put('/calendar/years/2026')
      .set(...bearer(inspector.token))
      .send({ confirmed: true })
      .expect(403);
    await t
      .http()
      .put('/calendar/years/2026')
      .set(...bearer(t.adminToken))
      .send({ confirmed: true })
      .expect(200);
    const res = await t
      .http()
      .get('/calendar/days?year=2026')
      .set(...bearer(inspector.token))
      .expect(200);
    expect(res.body.confirmed).toBe(true);
  });
});
