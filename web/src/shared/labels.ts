// The Vietnamese names people see (UI.md): statuses, kinds, procedures and the visit log's lists.
import type { components } from '../api/schema';

type S = components['schemas'];
export type CaseKind = S['CaseKind'];
export type CaseStatus = S['CaseStatus'];
export type CaseProcedure = S['CaseProcedure'];
export type Channel = S['Channel'];
export type Role = S['Role'];
export type ReceptionCategory = S['ReceptionCategory'];
export type ReceptionOutcome = S['ReceptionOutcome'];
export type ReceptionHost = S['ReceptionHost'];

export const STATUS_LABELS: Record<CaseStatus, string> = {
  received: 'Đã tiếp nhận',
  in_progress: 'Đang giải quyết',
  suspended: 'Tạm đình chỉ',
  resolved: 'Đã giải quyết',
  withdrawn: 'Đã rút đơn',
  terminated: 'Đình chỉ giải quyết',
  rejected: 'Không thụ lý',
  transferred: 'Đã chuyển đơn',
};

export const KIND_LABELS: Record<CaseKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  petition: 'Phản ánh, kiến nghị, yêu cầu',
  civil_status: 'Hộ tịch',
  certification: 'Chứng thực',
};

export const KINDS = Object.keys(KIND_LABELS) as CaseKind[];

/** The procedures of each kind, in the order a desk officer expects them (API.md). */
export const PROCEDURES_BY_KIND: Record<CaseKind, CaseProcedure[]> = {
  complaint: ['first_instance', 'second_instance'],
  denunciation: [],
  petition: ['feedback', 'recommendation', 'request'],
  civil_status: [
    'birth',
    'marriage',
    'death',
    'parentage',
    'change_correction',
    'guardianship',
    'marital_status_confirmation',
    'extract_copy',
    're_registration',
  ],
  certification: [
    'copy_from_original',
    'copy_from_master_register',
    'signature',
    'translator_signature',
    'contract',
  ],
};

export const PROCEDURE_LABELS: Record<CaseProcedure, string> = {
  first_instance: 'Khiếu nại lần đầu',
  second_instance: 'Khiếu nại lần hai',
  feedback: 'Phản ánh',
  recommendation: 'Kiến nghị',
  request: 'Yêu cầu',
  birth: 'Đăng ký khai sinh',
  marriage: 'Đăng ký kết hôn',
  death: 'Đăng ký khai tử',
  parentage: 'Đăng ký nhận cha, mẹ, con',
  change_correction: 'Thay đổi, cải chính hộ tịch',
  guardianship: 'Đăng ký giám hộ',
  marital_status_confirmation: 'Xác nhận tình trạng hôn nhân',
  extract_copy: 'Cấp bản sao trích lục hộ tịch',
  re_registration: 'Đăng ký lại hộ tịch',
  copy_from_original: 'Chứng thực bản sao từ bản chính',
  copy_from_master_register: 'Cấp bản sao từ sổ gốc',
  signature: 'Chứng thực chữ ký',
  translator_signature: 'Chứng thực chữ ký người dịch',
  contract: 'Chứng thực hợp đồng, giao dịch',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  in_person: 'Trực tiếp',
  mail: 'Qua bưu chính',
  online: 'Trực tuyến',
  hotline: 'Đường dây nóng',
  forwarded: 'Cơ quan khác chuyển đến',
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị',
  leader: 'Lãnh đạo',
  inspector: 'Thanh tra',
  reception: 'Tiếp công dân',
  clerk: 'Công chức một cửa',
};

export const CATEGORY_LABELS: Record<ReceptionCategory, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  petition: 'Phản ánh, kiến nghị',
  mixed: 'Hỗn hợp',
  other: 'Khác',
};

export const OUTCOME_LABELS: Record<ReceptionOutcome, string> = {
  guided: 'Hướng dẫn',
  case_opened: 'Tiếp nhận đơn',
  transferred: 'Chuyển đơn',
  answered: 'Trả lời trực tiếp',
  refused: 'Từ chối tiếp',
};

export const HOST_LABELS: Record<ReceptionHost, string> = {
  desk: 'Cán bộ tiếp dân',
  leader: 'Lãnh đạo',
};

/** Kinds whose due date the receipt calls "Ngày hẹn trả kết quả" (an administrative procedure). */
export function isAdministrative(kind: CaseKind): boolean {
  return kind === 'civil_status' || kind === 'certification';
}

export function options<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
