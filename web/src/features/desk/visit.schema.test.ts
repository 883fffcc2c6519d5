import { describe, expect, it } from 'vitest';
import { emptyVisit, toVisitBody, visitSchema } from './visit.schema';

const person = (fullName: string) => ({ fullName, idNumber: '', phone: '', address: '' });

function visit(overrides: Partial<ReturnType<typeof emptyVisit>>) {
  return {
    ...emptyVisit(new Date('2024-03-12T01:15:00Z')),
    subject: 'Đất đai',
    content: 'Nội dung',
    ...overrides,
  };
}

function messages(input: unknown): Record<string, string> {
  const result = visitSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('visit form schema', () => {
  it('accepts a group of 12 with 2 representatives and builds the API body with the +07:00 offset', () => {
    const parsed = visitSchema.parse(
      visit({
        visitorCount: 12,
        representatives: [person('Nguyễn Văn An'), { ...person('Trần Thị Bình'), phone: '0912 345 678' }],
      }),
    );
    const body = toVisitBody(parsed);
    expect(body.visitedAt).toBe('2024-03-12T08:15:00+07:00');
    expect(body.representatives).toEqual([
      { fullName: 'Nguyễn Văn An', idNumber: undefined, phone: undefined, address: undefined },
      { fullName: 'Trần Thị Bình', idNumber: undefined, phone: '0912345678', address: undefined },
    ]);
    expect(body).not.toHaveProperty('leaderId');
  });

  it('refuses a group with more than 5 representatives, in Vietnamese', () => {
    const six = Array.from({ length: 6 }, (_, i) => person(`Người ${i + 1}`));
    expect(messages(visit({ visitorCount: 20, representatives: six }))).toEqual({
      representatives: 'Đoàn từ 5 người trở lên cử từ 1 đến 5 người đại diện.',
    });
  });

  it('needs a leader when a leader hosts, and a valid ID number and phone', () => {
    expect(
      messages(
        visit({
          hostedBy: 'leader',
          representatives: [{ ...person('An'), idNumber: '12345', phone: 'abc' }],
        }),
      ),
    ).toEqual({
      leaderId: 'Chọn lãnh đạo tiếp công dân.',
      'representatives.0.idNumber': 'Số định danh gồm 12 chữ số (căn cước) hoặc 9 chữ số (CMND).',
      'representatives.0.phone': 'Số điện thoại không hợp lệ.',
    });
  });

  it('refuses empty names, subject and a time in the future', () => {
    expect(
      messages(
        visit({ subject: ' ', representatives: [person('')], visitedAt: new Date(Date.now() + 3_600_000) }),
      ),
    ).toEqual({
      visitedAt: 'Không được là thời điểm trong tương lai.',
      'representatives.0.fullName': 'Nhập họ và tên.',
      subject: 'Nhập trích yếu.',
    });
  });
});
