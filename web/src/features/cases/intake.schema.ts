import { z } from 'zod';
import { toVietnamIso } from '../../shared/format';
import { PROCEDURES_BY_KIND, type CaseKind, type CaseProcedure, type Channel } from '../../shared/labels';
import { optionalEmail, optionalText, pastMoment, personSchema, requiredText } from '../../shared/validation';

export const intakeSchema = z
  .object({
    kind: z.enum(['complaint', 'denunciation', 'petition', 'civil_status', 'certification'], {
      error: 'Chọn loại hồ sơ.',
    }),
    procedure: z.string().optional(),
    channel: z.enum(['in_person', 'mail', 'online', 'hotline', 'forwarded']),
    receivedAt: pastMoment,
    anonymous: z.boolean(),
    applicant: personSchema.extend({
      fullName: z.string().trim().max(500, 'Tối đa 500 ký tự.'),
      email: optionalEmail(320),
    }),
    subject: requiredText(500, 'Nhập trích yếu.'),
    content: requiredText(20_000, 'Nhập nội dung.'),
    note: optionalText(5_000),
  })
  .superRefine((v, ctx) => {
    if (PROCEDURES_BY_KIND[v.kind].length > 0 && !v.procedure) {
      ctx.addIssue({ code: 'custom', path: ['procedure'], message: 'Chọn thủ tục.' });
    }
    if (v.procedure && !PROCEDURES_BY_KIND[v.kind].includes(v.procedure as CaseProcedure)) {
      ctx.addIssue({
        code: 'custom',
        path: ['procedure'],
        message: 'Thủ tục không thuộc loại hồ sơ đã chọn.',
      });
    }
    if (v.anonymous && v.kind !== 'denunciation') {
      ctx.addIssue({ code: 'custom', path: ['anonymous'], message: 'Chỉ đơn tố cáo mới được nặc danh.' });
    }
    if (!v.anonymous && !v.applicant.fullName) {
      ctx.addIssue({
        code: 'custom',
        path: ['applicant', 'fullName'],
        message: 'Nhập họ và tên người nộp đơn.',
      });
    }
  });

export type IntakeInput = z.input<typeof intakeSchema>;
export type IntakeValues = z.output<typeof intakeSchema>;

export function emptyIntake(now = new Date(), kind: CaseKind = 'complaint'): IntakeInput {
  return {
    kind,
    procedure: PROCEDURES_BY_KIND[kind][0],
    channel: 'in_person',
    receivedAt: now,
    anonymous: false,
    applicant: { fullName: '', idNumber: '', phone: '', email: '', address: '' },
    subject: '',
    content: '',
    note: '',
  };
}

export interface IntakeBody {
  kind: CaseKind;
  procedure?: CaseProcedure;
  channel: Channel;
  receivedAt: string;
  anonymous: boolean;
  applicant?: { fullName: string; idNumber?: string; phone?: string; email?: string; address?: string };
  subject: string;
  content: string;
}

/** The body of `POST /cases` (or `POST /receptions/:id/cases`). */
export function toIntakeBody(v: IntakeValues): IntakeBody {
  return {
    kind: v.kind,
    ...(v.procedure ? { procedure: v.procedure as CaseProcedure } : {}),
    channel: v.channel,
    receivedAt: toVietnamIso(v.receivedAt),
    anonymous: v.anonymous,
    ...(v.anonymous ? {} : { applicant: v.applicant }),
    subject: v.subject,
    content: v.content,
  };
}
