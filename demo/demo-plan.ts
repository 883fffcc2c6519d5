import type { CaseProcedure } from '../src/cases/domain/case-kind.js';
import type { CaseAction } from '../src/cases/domain/case-workflow.js';
import type { CaseActionDto } from '../src/cases/dto/case-action.dto.js';
import type { CreateCaseDto } from '../src/cases/dto/create-case.dto.js';
import type { AuthUser } from '../src/common/http/request-context.js';
import type { ReceptionCategory, ReceptionOutcome } from '../src/reception/domain/reception-rules.js';
import type { CreateReceptionDto } from '../src/reception/dto/create-reception.dto.js';
import {
  type DemoRandom,
  type DemoPerson,
  demoPerson,
  localTime,
  randomWorkingDay,
  shiftDate,
  workingDayFrom,
} from './demo-random.js';
import { COMPLAINT_SUBJECTS, DENUNCIATION_SUBJECTS, PETITION_SUBJECTS } from './demo-subjects.js';

/** The first day of the demo year. */
export const YEAR_FROM = '2023-01-01';

/** The staff of one unit of the demo city. */
export interface Staff {
  leader: AuthUser;
  deputy: AuthUser | null;
  inspector: AuthUser | null;
  reception: AuthUser;
  clerk: AuthUser;
}

export interface CasePlan {
  opener: AuthUser;
  actor: AuthUser;
  dto: CreateCaseDto;
  steps: [CaseAction, string, CaseActionDto?][];
  /** Received in person at the reception desk: the visit is logged and the case opened from it. */
  visit?: CreateReceptionDto;
}

/** Every draw of the demo, made in a fixed order so that a seed gives the same city. */
export class DemoPlan {
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
