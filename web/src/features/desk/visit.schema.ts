import { z } from 'zod';
import { toVietnamIso } from '../../shared/format';
import { optionalText, pastMoment, personSchema, requiredText } from '../../shared/validation';
import type { Schemas } from '../../api/client';

/** A group visit (đoàn đông người) has 5 or more visitors and names 1 to 5 representatives (Luật TCD Art. 29). */
export const GROUP_VISIT_MIN = 5;
export const MAX_GROUP_REPRESENTATIVES = 5;

export const visitSchema = z
  .object({
    visitedAt: pastMoment,
    visitorCount: z
      .number({ error: 'Nhập số người.' })
      .int('Số người là số nguyên.')
      .min(1, 'Ít nhất 1 người.')
      .max(10_000, 'Số người quá lớn.'),
    representatives: z.array(personSchema).min(1, 'Cần ít nhất 1 người đại diện.'),
    category: z.enum(['complaint', 'denunciation', 'petition', 'mixed', 'other'], {
      error: 'Chọn phân loại.',
    }),
    subject: requiredText(500, 'Nhập trích yếu.'),
    content: requiredText(20_000, 'Nhập nội dung.'),
    hostedBy: z.enum(['desk', 'leader']),
    leaderId: z.string().optional(),
    outcome: z.enum(['guided', 'case_opened', 'transferred', 'answered', 'refused'], {
      error: 'Chọn kết quả.',
    }),
    refusalGround: z.string().optional(),
    note: optionalText(5_000),
  })
  .superRefine((v, ctx) => {
    if (v.visitorCount >= GROUP_VISIT_MIN && v.representatives.length > MAX_GROUP_REPRESENTATIVES) {
      ctx.addIssue({
        code: 'custom',
        path: ['representatives'],
        message: `Đoàn từ ${GROUP_VISIT_MIN} người trở lên cử từ 1 đến ${MAX_GROUP_REPRESENTATIVES} người đại diện.`,
      });
    }
    if (v.visitorCount < GROUP_VISIT_MIN && v.representatives.length > v.visitorCount) {
      ctx.addIssue({
        code: 'custom',
        path: ['representatives'],
        message: 'Số người đại diện nhiều hơn số người đến.',
      });
    }
    if (v.hostedBy === 'leader' && !v.leaderId) {
      ctx.addIssue({ code: 'custom', path: ['leaderId'], message: 'Chọn lãnh đạo tiếp công dân.' });
    }
    if (v.outcome === 'refused' && !v.refusalGround) {
      ctx.addIssue({ code: 'custom', path: ['refusalGround'], message: 'Chọn lý do từ chối tiếp.' });
    }
  });

export type VisitInput = z.input<typeof visitSchema>;
export type VisitValues = z.output<typeof visitSchema>;

export function emptyVisit(now = new Date()): VisitInput {
  return {
    visitedAt: now,
    visitorCount: 1,
    representatives: [{ fullName: '', idNumber: '', phone: '', address: '' }],
    category: 'complaint',
    subject: '',
    content: '',
    hostedBy: 'desk',
    leaderId: undefined,
    outcome: 'case_opened',
    refusalGround: undefined,
    note: '',
  };
}

export interface VisitBody {
  visitedAt: string;
  visitorCount: number;
  representatives: { fullName: string; idNumber?: string; phone?: string; address?: string }[];
  category: VisitValues['category'];
  subject: string;
  content: string;
  hostedBy: VisitValues['hostedBy'];
  leaderId?: string;
  outcome: VisitValues['outcome'];
  refusalGround?: Schemas['CreateReceptionDto']['refusalGround'];
  note?: string;
}

/** The body of `POST /receptions`. */
export function toVisitBody(v: VisitValues): VisitBody {
  return {
    visitedAt: toVietnamIso(v.visitedAt),
    visitorCount: v.visitorCount,
    representatives: v.representatives,
    category: v.category,
    subject: v.subject,
    content: v.content,
    hostedBy: v.hostedBy,
    ...(v.hostedBy === 'leader' ? { leaderId: v.leaderId } : {}),
    outcome: v.outcome,
    ...(v.outcome === 'refused' ? { refusalGround: v.refusalGround as VisitBody['refusalGround'] } : {}),
    ...(v.note ? { note: v.note } : {}),
  };
}
