import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseActionsService } from '../../cases/case-actions.service.js';
import { CaseIntakeService } from '../../cases/case-intake.service.js';
import type { CaseProcedure } from '../../cases/domain/case-kind.js';
import type { CaseAction } from '../../cases/domain/case-workflow.js';
import type { CaseActionDto } from '../../cases/dto/case-action.dto.js';
import type { CreateCaseDto } from '../../cases/dto/create-case.dto.js';
import type { AuthUser } from '../../common/http/request-context.js';
import type { ReceptionCategory, ReceptionOutcome } from '../../reception/domain/reception-rules.js';
import type { CreateReceptionDto } from '../../reception/dto/create-reception.dto.js';
import { ReceptionCaseService } from '../../reception/reception-case.service.js';
import { ReceptionService } from '../../reception/reception.service.js';
import { Unit, type UnitLevel } from '../../units/unit.entity.js';
import { UnitsService } from '../../units/units.service.js';
import type { Role } from '../../users/user.entity.js';
import { UsersService } from '../../users/users.service.js';
import { formatRatio } from '../domain/report-format.js';
import type { ResolutionRow } from '../domain/resolution-rows.js';
import { type ReceptionReport, ReceptionReportService } from '../reception-report.service.js';
import { type ResolutionReport, ReportsService } from '../reports.service.js';
import {
  DemoRandom,
  type DemoPerson,
  demoPerson,
  localTime,
  randomWorkingDay,
  shiftDate,
  workingDayFrom,
} from './demo-random.js';

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
const YEAR_FROM = '2023-01-01';
const YEAR_TO = '2023-12-31';

interface Staff {
  leader: AuthUser;
  deputy: AuthUser | null;
  inspector: AuthUser | null;
  reception: AuthUser;
  clerk: AuthUser;
}

interface CasePlan {
  opener: AuthUser;
  actor: AuthUser;
  dto: CreateCaseDto;
  steps: [CaseAction, string, CaseActionDto?][];
  /** Received in person at the reception desk: the visit is logged and the case opened from it. */
  visit?: CreateReceptionDto;
}

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
  const resolution = (await app.get(ReportsService).resolution(cityStaff.leader, query)) as ResolutionReport;
  const reception = (await app
    .get(ReceptionReportService)
    .reception(cityStaff.leader, query)) as ReceptionReport;
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

const COMPLAINT_SUBJECTS = [
  'Khiếu nại quyết định thu hồi đất',
  'Khiếu nại về bồi thường, hỗ trợ tái định cư',
  'Khiếu nại quyết định xử phạt vi phạm hành chính',
  'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất',
];
const DENUNCIATION_SUBJECTS = [
  'Tố cáo cán bộ địa chính gây khó khăn',
  'Tố cáo hành vi xây dựng trái phép',
  'Tố cáo sai phạm trong quản lý đất công',
];
const PETITION_SUBJECTS = [
  'Phản ánh tình trạng ngập úng khu dân cư',
  'Kiến nghị sửa chữa đường giao thông',
  'Phản ánh ô nhiễm môi trường',
  'Kiến nghị về chiếu sáng công cộng',
  'Phản ánh lấn chiếm vỉa hè',
];

/** Every draw of the demo, made in a fixed order so that a seed gives the same city. */
class DemoPlan {
  /** Citizens who come back: a repeat visit shares an ID number with an earlier one. */
  private readonly regulars: DemoPerson[];

  constructor(
    private readonly random: DemoRandom,
    private readonly scale: number,
    private readonly city: Staff,
    private readonly wards: Staff[],
  ) {
    this.regulars = Array.from({ length: 6 }, () => demoPerson(random));
  }

  private n(volume: number, min: number): number {
    return Math.max(min, Math.round(volume * this.scale));
  }

  private applicant(): DemoPerson {
    return this.random.chance(0.1) ? this.random.pick(this.regulars) : demoPerson(this.random);
  }

  private at(date: string): string {
    return localTime(date, this.random.int(7, 10), this.random.pick([0, 15, 30, 45]));
  }

  /** A working day `min..max` calendar days after `date`. */
  private after(date: string, min: number, max: number): string {
    return workingDayFrom(shiftDate(date, this.random.int(min, max)));
  }

  private investigation(
    kind: 'complaint' | 'denunciation' | 'petition',
    procedure: CaseProcedure | null,
    unit: Staff,
    received: string,
    subjects: string[],
  ): CasePlan {
    const person = this.applicant();
    const dto: CreateCaseDto = {
      kind,
      procedure,
      channel: this.random.weighted({ mail: 40, in_person: 15, online: 25, forwarded: 20 }),
      receivedAt: this.at(received),
      applicant: person,
      subject: this.random.pick(subjects),
      content: 'Nội dung đơn (dữ liệu minh họa)',
      unitId: unit.leader.unitId,
    };
    const plan: CasePlan = { opener: unit.reception, actor: unit.leader, dto, steps: [] };
    if (dto.channel === 'in_person' && kind !== 'denunciation') {
      plan.visit = this.deskVisit(unit, dto.receivedAt!, person, kind, 'case_opened', dto.subject);
    }
    return plan;
  }

  /**
   * Complaints (city report: 22/23): 2 carried over from 2022 and resolved in January, 21 accepted in 2023
   * of which one withdrawn, two resolved late and one accepted in December and decided in January 2024
   * (pending at the end of 2023); a few refused or transferred, which are never counted.
   */
  complaints(): CasePlan[] {
    const plans: CasePlan[] = [];
    const unit = (): Staff => (this.random.chance(0.8) ? this.city : this.random.pick(this.wards));
    const decide = (second: boolean): CaseActionDto =>
      second
        ? {
            outcome: this.random.chance(0.7) ? 'first_decision_upheld' : 'first_decision_overturned',
            summary: 'Quyết định giải quyết khiếu nại lần hai',
          }
        : {
            outcome: this.random.weighted({ not_upheld: 60, partly_upheld: 25, upheld: 15 }),
            summary: 'Quyết định giải quyết khiếu nại lần đầu',
          };
    for (const [received, accepted, resolved] of [
      ['2022-12-05', '2022-12-12', '2023-01-06'],
      ['2022-12-14', '2022-12-20', '2023-01-16'],
    ]) {
      const p = this.investigation('complaint', 'first_instance', this.city, received, COMPLAINT_SUBJECTS);
      p.steps.push(['accept', this.at(accepted)], ['resolve', localTime(resolved, 14), decide(false)]);
      plans.push(p);
    }
    const accepted = this.n(21, 4);
    for (let i = 0; i < accepted; i++) {
      const second = i % 7 === 3;
      const last = i === accepted - 1;
      const received = last
        ? randomWorkingDay(this.random, '2023-12-01', '2023-12-08')
        : randomWorkingDay(this.random, '2023-01-03', '2023-10-31');
      const p = this.investigation(
        'complaint',
        second ? 'second_instance' : 'first_instance',
        unit(),
        received,
        COMPLAINT_SUBJECTS,
      );
      const acceptedOn = this.after(received, 3, 8);
      p.steps.push(['accept', this.at(acceptedOn)]);
      if (last) {
        p.steps.push(['resolve', localTime('2024-01-19', 15), decide(second)]);
      } else if (i === 1) {
        p.steps.push([
          'withdraw',
          localTime(this.after(acceptedOn, 5, 10), 15),
          { reason: 'Người khiếu nại rút đơn sau khi được giải thích' },
        ]);
      } else if (i === 2 || i === 5) {
        p.steps.push(['resolve', localTime(this.after(acceptedOn, 36, 42), 15), decide(second)]);
      } else {
        p.steps.push(['resolve', localTime(this.after(acceptedOn, 12, 26), 15), decide(second)]);
      }
      plans.push(p);
    }
    for (let i = 0; i < this.n(4, 1); i++) {
      const received = randomWorkingDay(this.random, '2023-01-03', '2023-12-15');
      const p = this.investigation('complaint', 'first_instance', this.city, received, COMPLAINT_SUBJECTS);
      p.steps.push(
        i % 2 === 0
          ? [
              'reject',
              this.at(this.after(received, 2, 6)),
              { reason: 'Khiếu nại đã được giải quyết đúng pháp luật' },
            ]
          : [
              'transfer',
              this.at(this.after(received, 1, 4)),
              { toAuthority: 'UBND tỉnh', reason: 'Không thuộc thẩm quyền' },
            ],
      );
      plans.push(p);
    }
    return plans;
  }

  /** Denunciations (city report: 16/16): accepted and concluded in 2023, one withdrawn, one terminated. */
  denunciations(): CasePlan[] {
    const plans: CasePlan[] = [];
    const count = this.n(16, 3);
    for (let i = 0; i < count; i++) {
      const received = randomWorkingDay(this.random, '2023-01-03', '2023-10-31');
      const p = this.investigation('denunciation', null, this.city, received, DENUNCIATION_SUBJECTS);
      const acceptedOn = this.after(received, 3, 7);
      p.steps.push(['accept', this.at(acceptedOn)]);
      if (i === 0) {
        p.steps.push([
          'withdraw',
          localTime(this.after(acceptedOn, 4, 10), 15),
          { reason: 'Rút toàn bộ nội dung tố cáo' },
        ]);
      } else if (i === 1) {
        p.steps.push([
          'terminate',
          localTime(this.after(acceptedOn, 4, 10), 15),
          { reason: 'Người bị tố cáo đã chết' },
        ]);
      } else {
        const outcome = this.random.weighted({ not_upheld: 50, partly_upheld: 25, upheld: 25 });
        p.steps.push([
          'resolve',
          localTime(this.after(acceptedOn, 12, 25), 15),
          { outcome, summary: 'Kết luận nội dung tố cáo' },
        ]);
      }
      plans.push(p);
    }
    return plans;
  }

  /**
   * Petitions (city report: 245/269): a few carried over from December 2022, the rest accepted in 2023; the
   * last 24 accepted in November and December are answered in January and February 2024.
   */
  petitions(): CasePlan[] {
    const plans: CasePlan[] = [];
    const total = this.n(269, 6);
    const pending = Math.max(1, Math.round(total * (24 / 269)));
    const carried = Math.max(1, Math.round(total * (5 / 269)));
    const procedure = (): CaseProcedure =>
      this.random.weighted({ feedback: 40, recommendation: 40, request: 20 });
    const unit = (): Staff => (this.random.chance(0.4) ? this.city : this.random.pick(this.wards));
    const answer = { outcome: 'answered', summary: 'Đã trả lời công dân' } as const;
    for (let i = 0; i < total; i++) {
      let received: string;
      let answered: string;
      if (i < carried) {
        received = randomWorkingDay(this.random, '2022-12-05', '2022-12-20');
      } else if (i >= total - pending) {
        received = randomWorkingDay(this.random, '2023-11-20', '2023-12-26');
      } else {
        received = randomWorkingDay(this.random, '2023-01-03', '2023-11-10');
      }
      const p = this.investigation('petition', procedure(), unit(), received, PETITION_SUBJECTS);
      const acceptedOn = this.after(received, 1, 3);
      if (i < carried) {
        answered = randomWorkingDay(this.random, '2023-01-03', '2023-01-13');
      } else if (i >= total - pending) {
        answered = randomWorkingDay(this.random, '2024-01-08', '2024-02-06');
      } else {
        answered = this.after(acceptedOn, 4, 18);
      }
      p.steps.push(['accept', this.at(acceptedOn)], ['resolve', localTime(answered, 16), answer]);
      plans.push(p);
    }
    return plans;
  }

  private administrative(
    kind: 'civil_status' | 'certification',
    count: number,
    procedures: Record<string, number>,
  ): CasePlan[] {
    return Array.from({ length: count }, () => {
      const unit = this.random.chance(0.85) ? this.random.pick(this.wards) : this.city;
      const day = randomWorkingDay(this.random, '2023-01-03', '2023-12-29');
      const hour = this.random.int(7, 13);
      return {
        opener: unit.clerk,
        actor: unit.clerk,
        dto: {
          kind,
          procedure: this.random.weighted(procedures),
          channel: this.random.chance(0.8) ? 'in_person' : 'online',
          receivedAt: localTime(day, hour, this.random.int(0, 59)),
          applicant: demoPerson(this.random),
          subject: kind === 'civil_status' ? 'Đăng ký hộ tịch' : 'Chứng thực',
          content: 'Hồ sơ (dữ liệu minh họa)',
          unitId: unit.clerk.unitId,
        },
        steps: [
          [
            'resolve',
            localTime(day, hour + this.random.int(1, 3), this.random.int(0, 59)),
            { outcome: 'completed', summary: 'Đã trả kết quả' },
          ],
        ],
      };
    });
  }

  /** Civil status (410/410 on time): registered on the day of receipt. */
  civilStatus(): CasePlan[] {
    return this.administrative('civil_status', this.n(410, 5), {
      birth: 45,
      death: 10,
      marriage: 15,
      marital_status_confirmation: 20,
      extract_copy: 10,
    });
  }

  /** Certification (3.200/3.200 on time): certified within hours of receipt. */
  certifications(): CasePlan[] {
    return this.administrative('certification', this.n(3200, 5), {
      copy_from_original: 70,
      signature: 15,
      contract: 10,
      translator_signature: 5,
    });
  }

  private deskVisit(
    unit: Staff,
    visitedAt: string,
    person: DemoPerson,
    category: ReceptionCategory,
    outcome: ReceptionOutcome,
    subject: string,
  ): CreateReceptionDto {
    return {
      visitedAt,
      visitorCount: 1,
      representatives: [person],
      category,
      subject,
      content: 'Công dân trình bày nội dung (dữ liệu minh họa)',
      hostedBy: 'desk',
      unitId: unit.reception.unitId,
      outcome,
      refusalGround: outcome === 'refused' ? 'already_resolved' : null,
    };
  }

  private visit(unit: Staff, date: string, leader: AuthUser | null, delegated: boolean): CreateReceptionDto {
    const group = this.random.chance(leader ? 0.2 : 0.05);
    const visitorCount = group ? this.random.int(5, 20) : this.random.int(1, 2);
    const reps = visitorCount > 10 ? this.random.int(2, 5) : visitorCount >= 5 ? 2 : visitorCount;
    // The regulars come back to the city's desk: a repeat visit (same ID number, same unit).
    const regular = unit === this.city && this.random.chance(0.25);
    const first = regular ? this.random.pick(this.regulars) : demoPerson(this.random);
    const representatives = [first, ...Array.from({ length: reps - 1 }, () => demoPerson(this.random))];
    const category = this.random.weighted<ReceptionCategory>({
      complaint: 45,
      petition: 35,
      denunciation: 5,
      mixed: 10,
      other: 5,
    });
    const outcome = this.random.weighted<Exclude<ReceptionOutcome, 'case_opened'>>({
      guided: 45,
      answered: 30,
      transferred: 17,
      refused: 3,
    });
    return {
      ...this.deskVisit(
        unit,
        localTime(date, this.random.int(7, 10), this.random.pick([0, 30])),
        first,
        category,
        outcome,
        this.random.pick(category === 'petition' ? PETITION_SUBJECTS : COMPLAINT_SUBJECTS),
      ),
      visitorCount,
      representatives,
      hostedBy: leader ? 'leader' : 'desk',
      leaderId: leader?.id ?? null,
      delegated: leader ? delegated : false,
    };
  }

  /**
   * The reception log besides the visits that opened cases: the city chairman's reception days (2 a month,
   * DOMAIN.md 4; one in eight delegated to the deputy), a few days of each ward's chairman, and desk visits,
   * to about 100 visits in the year; some groups and some citizens who come back.
   */
  visits(): [AuthUser, CreateReceptionDto][] {
    const visits: [AuthUser, CreateReceptionDto][] = [];
    const months = Math.max(1, Math.round(12 * Math.min(1, this.scale)));
    for (let m = 1; m <= months; m++) {
      const month = String(m).padStart(2, '0');
      for (const half of [
        ['01', '14'],
        ['15', '28'],
      ]) {
        const day = randomWorkingDay(this.random, `2023-${month}-${half[0]}`, `2023-${month}-${half[1]}`);
        const delegated = this.random.chance(1 / 8);
        for (let v = this.random.int(1, 2); v > 0; v--) {
          visits.push([this.city.reception, this.visit(this.city, day, this.city.leader, delegated)]);
        }
      }
    }
    for (const ward of this.wards) {
      for (let d = this.n(2, 1); d > 0; d--) {
        const day = randomWorkingDay(this.random, YEAR_FROM, '2023-12-29');
        visits.push([ward.reception, this.visit(ward, day, ward.leader, false)]);
      }
    }
    for (let i = this.n(15, 3); i > 0; i--) {
      const unit = this.random.chance(0.5) ? this.city : this.random.pick(this.wards);
      visits.push([
        unit.reception,
        this.visit(unit, randomWorkingDay(this.random, YEAR_FROM, '2023-12-29'), null, false),
      ]);
    }
    return visits;
  }
}
