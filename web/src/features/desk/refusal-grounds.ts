/** Grounds for refusing a visit: Luật TCD Art. 9, and from 2026-07-01 NĐ 154/2026 Art. 4. */
export const REFUSAL_GROUND_LABELS = {
  intoxicated_or_mentally_unable: 'Say rượu, mất khả năng nhận thức (Điều 9 Luật TCD)',
  threatening_or_insulting: 'Đe dọa, xúc phạm người tiếp (Điều 9 Luật TCD)',
  already_resolved: 'Vụ việc đã giải quyết đúng quy định (Điều 9 Luật TCD)',
  carrying_weapons: 'Mang vũ khí, vật nguy hiểm',
  refused_security_check: 'Không chấp hành kiểm tra an ninh',
  unauthorised_recording: 'Ghi âm, ghi hình trái phép',
  incitement: 'Kích động, gây rối',
  no_capacity_or_representative: 'Không có năng lực hoặc người đại diện hợp pháp',
  out_of_scope: 'Không thuộc thẩm quyền',
  pakn_already_answered: 'Phản ánh, kiến nghị đã được trả lời',
  final_court_judgment: 'Đã có bản án có hiệu lực',
  handled_by_other_body: 'Cơ quan khác đang giải quyết',
} as const;
