import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseActionsService } from '../src/cases/case-actions.service.js';
import { CaseIntakeService } from '../src/cases/case-intake.service.js';
import type { AuthUser } from '../src/common/http/request-context.js';
import { ReceptionCaseService } from '../src/reception/reception-case.service.js';
import { ReceptionService } from '../src/reception/reception.service.js';
import { Unit, type UnitLevel } from '../src/units/unit.entity.js';
import { UnitsService } from '../src/units/units.service.js';
import type { Role } from '../src/users/user.entity.js';
import { UsersService } from '../src/users/users.service.js';
import { formatRatio } from '../src/reports/domain/report-format.js';
import type { ResolutionRow } from '../src/reports/domain/resolution-rows.js';
import { ReceptionReportService } from '../src/reports/reception-report.service.js';
import { ReportsService } from '../src/reports/reports.service.js';
import type { ReceptionReport, ResolutionReport } from '../src/reports/reports.types.js';
import { DemoRandom } from './demo-random.js';
import { type CasePlan, DemoPlan, type Staff, YEAR_FROM } from './demo-plan.js';

/**
 * `npm run seed:demo`: a year (2023) of a city's cases and citizen visits, in the volumes of the city's
 * 2023 report (`../shared/city-report-2023.txt`: complaints 22/23, denunciations 16/16, petitions 245/269,
 * civil status 410/410 and certification 3.200/3.200 on time), written through the services the API uses
 * (units, users, intake, actions, the reception log), with back-dated receipts and actions. Every random
 * draw comes from one seeded generator and is made before anything is written, so the same seed and scale
 * give the same city.
 */

export interface SeedDemoOptions {
  /** Multiplies every volume (1 = the city's 2023 report); small values keep at least a few cases of each. */
  scale?: number;
  seed?: number;
  /** Seed even if the database has cases already. */
  force?: boolean;
  /** Cases written at the same time (civil status and certification only; the others one by one). */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface SeedDemoResult {
  cityId: string;
  unitIds: string[];
  users: { username: string; role: Role; unit: string }[];
  password: string;
  cases: Record<string, number>;
  visits: number;
  resolution: ResolutionReport;
  reception: ReceptionReport;
  summary: string[];
  elapsedMs: number;
}

export const DEMO_PASSWORD = 'demo-password-2023';
const YEAR_TO = '2023-12-31';

/** The city of the demo: a city (district level) and its wards and communes. */
const WARDS: [code: string, name: string, level: UnitLevel][] = [
  ['TRANPHU', 'UBND phường Trần Phú', 'commune'],
  ['NGHIACHANH', 'UBND phường Nghĩa Chánh', 'commune'],
  ['LEHONGPHONG', 'UBND phường Lê Hồng Phong', 'commune'],
  ['TINHANTAY', 'UBND xã Tịnh Ấn Tây', 'commune'],
  ['NGHIADUNG', 'UBND xã Nghĩa Dũng', 'commune'],
];

export async function seedDemo(
  app: INestApplicationContext,
  options: SeedDemoOptions = {},
): Promise<SeedDemoResult> {
  const started = Date.now();
  const scale = options.scale ?? 1;
  const log = options.log ?? ((): void => undefined);
  const dataSource = app.get(DataSource);
  const [{ has }] = await dataSource.query<{ has: boolean }[]>(
    'SELECT EXISTS (SELECT 1 FROM citizen_case) AS has',
  );
  if (has && !options.force) {
    throw new Error(
      'The database has cases already: seed:demo fills a fresh database (use --force to add anyway)',
    );
  }
  const random = new DemoRandom(options.seed ?? 2023);
  const suffix = await freeSuffix(dataSource);

  log('units and users...');
  const units = app.get(UnitsService);
  const city = await units.create({ code: `TP${suffix}`, name: 'UBND thành phố (demo)', level: 'district' });
  const wards = [];
  for (const [code, name, level] of WARDS) {
    wards.push(await units.create({ code: `${code}${suffix}`, name, level, parentId: city.id }));
  }
  const users: SeedDemoResult['users'] = [];
  const people = new UserFactory(app, dataSource, suffix.toLowerCase(), users);
  const cityStaff: Staff = {
    leader: await people.create('leader', city.id, 'chutich', 'Trà Thanh Danh'),
    deputy: await people.create('leader', city.id, 'phochutich', 'Nguyễn Văn Phó'),
    inspector: await people.create('inspector', city.id, 'thanhtra', 'Lê Thị Thanh Tra'),
    reception: await people.create('reception', city.id, 'tiepdan', 'Phạm Văn Tiếp'),
    clerk: await people.create('clerk', city.id, 'tuphap', 'Võ Thị Tư Pháp'),
  };
  await people.create('inspector', city.id, 'thanhtra2', 'Huỳnh Văn Kiểm');
  const wardStaff: Staff[] = [];
  for (const [i, ward] of wards.entries()) {
    wardStaff.push({
      leader: await people.create(
        'leader',
        ward.id,
        `ct.${WARDS[i][0].toLowerCase()}`,
        `Chủ tịch ${ward.name.slice(5)}`,
      ),
      deputy: null,
      inspector: null,
      reception: await people.create(
        'reception',
        ward.id,
        `td.${WARDS[i][0].toLowerCase()}`,
        `Tiếp dân ${ward.name.slice(5)}`,
      ),
      clerk: await people.create(
        'clerk',
        ward.id,
        `tp.${WARDS[i][0].toLowerCase()}`,
        `Tư pháp ${ward.name.slice(5)}`,
      ),
    });
  }

  const plan = new DemoPlan(random, scale, cityStaff, wardStaff);
  const investigations = [...plan.complaints(), ...plan.denunciations(), ...plan.petitions()];
  const administrative = [...plan.civilStatus(), ...plan.certifications()];
  const visits = plan.visits();

  const intake = app.get(CaseIntakeService);
  const actions = app.get(CaseActionsService);
  const receptions = app.get(ReceptionService);
  const fromVisits = app.get(ReceptionCaseService);
  const counts: Record<string, number> = {};
  let visitCount = 0;
  const write = async (p: CasePlan): Promise<void> => {
    let id: string;
    if (p.visit) {
      const visit = await receptions.create(p.opener, p.visit);
      visitCount += 1;
      const { channel: _channel, receptionId: _receptionId, ...dto } = p.dto;
      id = (await fromVisits.openCase(p.opener, visit.id, dto)).id;
    } else {
      id = (await intake.open(p.opener, p.dto)).body.id;
    }
    for (const [action, occurredAt, body] of p.steps) {
      await actions.act(p.actor, id, action, { ...body, occurredAt });
    }
    counts[p.dto.kind] = (counts[p.dto.kind] ?? 0) + 1;
  };
  log(`complaints, denunciations, petitions: ${investigations.length} cases...`);
  for (const p of investigations) {
    await write(p);
  }
  log(`civil status and certification: ${administrative.length} requests...`);
  await inPool(administrative, options.concurrency ?? 8, write);
  log(`reception log: ${visits.length} visits...`);
  for (const [user, dto] of visits) {
    await receptions.create(user, dto);
    visitCount += 1;
  }

  const query = { from: YEAR_FROM, to: YEAR_TO, unitId: city.id };
  const resolution = await app.get(ReportsService).resolution(cityStaff.leader, query);
  const reception = await app.get(ReceptionReportService).reception(cityStaff.leader, query);
  return {
    cityId: city.id,
    unitIds: [city.id, ...wards.map((w) => w.id)],
    users,
    password: DEMO_PASSWORD,
    cases: counts,
    visits: visitCount,
    resolution,
    reception,
    summary: summaryLines(resolution, reception),
    elapsedMs: Date.now() - started,
  };
}

/** The lines a leader reads (the city report's wording), from the report itself. */
export function summaryLines(resolution: ResolutionReport, reception: ReceptionReport): string[] {
  const row = (kind: ResolutionRow['kind']): ResolutionRow => resolution.rows.find((r) => r.kind === kind)!;
  const ratio = (r: ResolutionRow, unit = 'vụ'): string => formatRatio(r.resolved, r.total, unit);
  const onTime = (r: ResolutionRow): string => formatRatio(r.resolvedOnTime, r.total, 'trường hợp');
  return [
    `Giải quyết khiếu nại ${ratio(row('complaint'))}; tố cáo ${ratio(row('denunciation'))} ` +
      `(khiếu nại, tố cáo ${ratio(row('complaint_denunciation'))}); phản ánh, kiến nghị ${ratio(row('petition'))}.`,
    `Giải quyết đúng và trước thời hạn ${onTime(row('civil_status'))} đăng ký hộ tịch và ` +
      `${onTime(row('certification'))} chứng thực.`,
    `Tiếp công dân: ${reception.visits} lượt, ${reception.visitors} người; ${reception.groupVisits} đoàn đông người ` +
      `(${reception.groupVisitors} người); lãnh đạo tiếp ${reception.leaderVisits} lượt trong ${reception.leaderDays} ngày; ` +
      `tiếp nhiều lần ${reception.repeatVisits} lượt.`,
    `Đối chiếu số liệu: ${resolution.reconciliation.ok ? 'khớp' : `KHÔNG KHỚP (${resolution.reconciliation.failures.length} lỗi)`}.`,
  ];
}

/** '' for the first demo city in the database, then '2', '3'... so that `--force` never clashes on codes. */
async function freeSuffix(dataSource: DataSource): Promise<string> {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : String(n);
    if (!(await dataSource.manager.existsBy(Unit, { code: `TP${suffix}` }))) {
      return suffix;
    }
  }
}

class UserFactory {
  private readonly paths = new Map<string, string>();

  constructor(
    private readonly app: INestApplicationContext,
    private readonly dataSource: DataSource,
    private readonly suffix: string,
    private readonly created: SeedDemoResult['users'],
  ) {}

  async create(role: Role, unitId: string, username: string, fullName: string): Promise<AuthUser> {
    const name = `${username}${this.suffix}`;
    const user = await this.app
      .get(UsersService)
      .create({ username: name, password: DEMO_PASSWORD, fullName, role, unitId });
    let path = this.paths.get(unitId);
    if (!path) {
      path = (await this.dataSource.manager.findOneByOrFail(Unit, { id: unitId })).path;
      this.paths.set(unitId, path);
    }
    this.created.push({ username: name, role, unit: unitId });
    return { id: user.id, username: name, fullName, role, unitId, unitPath: path };
  }
}

async function inPool<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      await run(items[next++]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
}
