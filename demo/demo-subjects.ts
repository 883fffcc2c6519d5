/** Subjects of the demo city's cases, as a desk would write them. */
export const COMPLAINT_SUBJECTS = [
  'Khiếu nại quyết định thu hồi đất',
  'Khiếu nại về bồi thường, hỗ trợ tái định cư',
  'Khiếu nại quyết định xử phạt vi phạm hành chính',
  'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất',
];
export const DENUNCIATION_SUBJECTS = [
  'Tố cáo cán bộ địa chính gây khó khăn',
  'Tố cáo hành vi xây dựng trái phép',
  'Tố cáo sai phạm trong quản lý đất công',
];
export const PETITION_SUBJECTS = [
  'Phản ánh tình trạng ngập úng khu dân cư',
  'Kiến nghị sửa chữa đường giao thông',
  'Phản ánh ô nhiễm môi trường',
  'Kiến nghị về chiếu sáng công cộng',
  'Phản ánh lấn chiếm vỉa hè',
];
