import {
  isGroupVisit,
  owesReply,
  RECEPTION_OUTCOMES,
  refusalGroundProblem,
  replyDueDate,
  representativeBounds,
  representativesProblem,
} from './reception-rules.js';

/** Weekends and Tết 2024 (08-14/02) off: enough calendar for the reply clock. */
const TET_2024 = new Set(['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14']);
const calendar = {
  addWorkingDays(start: string, n: number): string {
    const d = new Date(`${start}T00:00:00Z`);
    let left = n;
    while (left > 0) {
      d.setUTCDate(d.getUTCDate() + 1);
      const iso = d.toISOString().slice(0, 10);
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !TET_2024.has(iso)) {
        left -= 1;
      }
    }
    return d.toISOString().slice(0, 10);
  },
};

describe('group visits and representatives (Luật TCD Art. 29)', () => {
  it('counts 5 or more visitors as a group', () => {
    expect(isGroupVisit(4)).toBe(false);
    expect(isGroupVisit(5)).toBe(true);
  });

  it('asks 1 to 2 representatives of 5 to 10 visitors', () => {
    expect(representativeBounds(5)).toEqual({ min: 1, max: 2 });
    expect(representativeBounds(10)).toEqual({ min: 1, max: 2 });
    expect(representativesProblem(10, 2)).toBeNull();
    expect(representativesProblem(10, 3)).toMatch(/5 to 10 visitors appoints 1 or 2/);
    expect(representativesProblem(5, 0)).toMatch(/0 given/);
  });

  it('asks 1 to 5 representatives of more than 10 visitors', () => {
    expect(representativeBounds(11)).toEqual({ min: 1, max: 5 });
    expect(representativesProblem(40, 5)).toBeNull();
    expect(representativesProblem(11, 6)).toMatch(/more than 10 visitors appoints 1 to 5/);
  });

  it('asks 1 to visitorCount names of a visit of 1 to 4 people', () => {
    expect(representativeBounds(1)).toEqual({ min: 1, max: 1 });
    expect(representativesProblem(3, 3)).toBeNull();
    expect(representativesProblem(3, 4)).toMatch(/1 to 3/);
    expect(representativesProblem(1, 0)).toMatch(/0 given/);
  });

  it('refuses zero visitors', () => {
    expect(representativesProblem(0, 1)).toMatch(/visitorCount must be at least 1/);
  });
});

describe('refusal grounds', () => {
  it('allows the Art. 9 grounds at any date and the NĐ 154 ones from 2026-07-01', () => {
    expect(refusalGroundProblem('threatening_or_insulting', '2024-03-01')).toBeNull();
    expect(refusalGroundProblem('carrying_weapons', '2026-06-30')).toMatch(/only from 2026-07-01/);
    expect(refusalGroundProblem('carrying_weapons', '2026-07-01')).toBeNull();
  });
});

describe('reply deadline (Luật TCD Art. 28(1))', () => {
  it('owes a reply only when the content was received and not dealt with on the spot', () => {
    const owed = RECEPTION_OUTCOMES.filter(owesReply);
    expect(owed).toEqual(['case_opened', 'transferred']);
  });

  it('counts 10 working days from the visit date over Tết 2024', () => {
    expect(replyDueDate('case_opened', '2024-02-07', calendar)).toBe('2024-02-28');
    expect(replyDueDate('transferred', '2024-03-01', calendar)).toBe('2024-03-15');
    expect(replyDueDate('answered', '2024-02-07', calendar)).toBeNull();
  });
});
