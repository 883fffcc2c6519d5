import { readdirSync } from 'node:fs';
import { MailRendererService } from './mail-renderer.service.js';

const renderer = new MailRendererService();
const reminderData = {
  code: 'KN-2024-000001',
  kind: 'complaint',
  caseSubject: `<script>alert("x")</script> & đất`,
  dueDate: '04/03/2024',
  recipientName: 'Nguyễn Văn A',
};

describe('MailRendererService', () => {
  it('escapes HTML in the HTML version and keeps the text version readable', () => {
    const mail = renderer.render('overdue', reminderData);
    expect(mail.subject).toBe('[Quá hạn] Hồ sơ KN-2024-000001 đã quá hạn 04/03/2024');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain(`<script>alert("x")</script> & đất`);
    expect(mail.text).toContain('(khiếu nại)');
  });

  it('renders every template in templates/', () => {
    const names = new Set(
      readdirSync(new URL('../../templates/', import.meta.url)).map((f) => f.split('.')[0]),
    );
    const data = {
      ...reminderData,
      date: '11/06/2024',
      overdue: [{ code: 'TC-2024-000002', kind: 'denunciation', caseSubject: 'x', dueDate: '01/06/2024' }],
      dueToday: [],
      receivedDate: '01/06/2024',
      reason: 'Không thuộc thẩm quyền',
      toAuthority: 'Thanh tra tỉnh',
      resolvedDate: '10/06/2024',
    };
    for (const name of names) {
      const mail = renderer.render(name, data);
      expect({ name, subject: mail.subject.length > 5, text: mail.text.length > 20 }).toEqual({
        name,
        subject: true,
        text: true,
      });
    }
    expect(renderer.render('digest', data).text).toContain('TC-2024-000002 (tố cáo), hạn 01/06/2024');
  });
});
