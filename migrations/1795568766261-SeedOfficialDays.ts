import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The official days off and make-up working days for public servants (DOMAIN.md §9, §12.6): 2023-2025 in full
 * and confirmed; 2026 with Tết and the fixed-date holidays, provisional until an administrator confirms it.
 * Every day of an announced range is listed, weekend days included. Written out here, not imported, so that
 * this migration stays what it was when it ran.
 */
export class SeedOfficialDays1795568766261 implements MigrationInterface {
  name = 'SeedOfficialDays1795568766261';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO calendar_day (date, type, name, notice) VALUES
      ('2022-12-31', 'day_off', 'Tết Dương lịch', 'vietnamnet.vn "19 ngày nghỉ lễ tết 2023"'),
      ('2023-01-01', 'day_off', 'Tết Dương lịch', 'vietnamnet.vn "19 ngày nghỉ lễ tết 2023"'),
      ('2023-01-02', 'day_off', 'Nghỉ bù Tết Dương lịch (01/01 là Chủ nhật)', 'vietnamnet.vn "19 ngày nghỉ lễ tết 2023"'),
      ('2023-01-20', 'day_off', 'Tết Nguyên đán Quý Mão', 'CV 8056/VPCP-KGVX, 01/12/2022'),
      ('2023-01-21', 'day_off', 'Tết Nguyên đán Quý Mão', 'CV 8056/VPCP-KGVX, 01/12/2022'),
      ('2023-01-22', 'day_off', 'Tết Nguyên đán Quý Mão', 'CV 8056/VPCP-KGVX, 01/12/2022'),
      ('2023-01-23', 'day_off', 'Tết Nguyên đán Quý Mão', 'CV 8056/VPCP-KGVX, 01/12/2022'),
      ('2023-01-24', 'day_off', 'Tết Nguyên đán Quý Mão', 'CV 8056/VPCP-KGVX, 01/12/2022'),
      ('2023-01-25', 'day_off', 'Tết Nguyên đán Quý Mão', 'CV 8056/VPCP-KGVX, 01/12/2022'),
      ('2023-01-26', 'day_off', 'Tết Nguyên đán Quý Mão', 'CV 8056/VPCP-KGVX, 01/12/2022'),
      ('2023-04-29', 'day_off', 'Giỗ Tổ Hùng Vương', 'vietnamnet.vn, todaycnews'),
      ('2023-04-30', 'day_off', 'Ngày Chiến thắng', 'vietnamnet.vn, todaycnews'),
      ('2023-05-01', 'day_off', 'Ngày Quốc tế lao động', 'vietnamnet.vn, todaycnews'),
      ('2023-05-02', 'day_off', 'Nghỉ bù Giỗ Tổ Hùng Vương (29/4 là thứ Bảy)', 'vietnamnet.vn, todaycnews'),
      ('2023-05-03', 'day_off', 'Nghỉ bù Ngày Chiến thắng (30/4 là Chủ nhật)', 'vietnamnet.vn, todaycnews'),
      ('2023-09-01', 'day_off', 'Quốc khánh', 'ngaymoionline.com.vn'),
      ('2023-09-02', 'day_off', 'Quốc khánh', 'ngaymoionline.com.vn'),
      ('2023-09-03', 'day_off', 'Quốc khánh', 'ngaymoionline.com.vn'),
      ('2023-09-04', 'day_off', 'Quốc khánh', 'ngaymoionline.com.vn'),
      ('2024-01-01', 'day_off', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112 (ngày cố định)'),
      ('2024-02-08', 'day_off', 'Tết Nguyên đán Giáp Thìn', 'Thông báo Bộ LĐTBXH (sucsongtre.vn)'),
      ('2024-02-09', 'day_off', 'Tết Nguyên đán Giáp Thìn', 'Thông báo Bộ LĐTBXH (sucsongtre.vn)'),
      ('2024-02-10', 'day_off', 'Tết Nguyên đán Giáp Thìn', 'Thông báo Bộ LĐTBXH (sucsongtre.vn)'),
      ('2024-02-11', 'day_off', 'Tết Nguyên đán Giáp Thìn', 'Thông báo Bộ LĐTBXH (sucsongtre.vn)'),
      ('2024-02-12', 'day_off', 'Tết Nguyên đán Giáp Thìn', 'Thông báo Bộ LĐTBXH (sucsongtre.vn)'),
      ('2024-02-13', 'day_off', 'Tết Nguyên đán Giáp Thìn', 'Thông báo Bộ LĐTBXH (sucsongtre.vn)'),
      ('2024-02-14', 'day_off', 'Tết Nguyên đán Giáp Thìn', 'Thông báo Bộ LĐTBXH (sucsongtre.vn)'),
      ('2024-04-18', 'day_off', 'Giỗ Tổ Hùng Vương', 'xaydungchinhsach.chinhphu.vn'),
      ('2024-04-27', 'day_off', 'Nghỉ lễ 30/4 - 1/5', 'CV 2450/VPCP-KGVX, 12/4/2024'),
      ('2024-04-28', 'day_off', 'Nghỉ lễ 30/4 - 1/5', 'CV 2450/VPCP-KGVX, 12/4/2024'),
      ('2024-04-29', 'day_off', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)', 'CV 2450/VPCP-KGVX, 12/4/2024'),
      ('2024-04-30', 'day_off', 'Ngày Chiến thắng', 'CV 2450/VPCP-KGVX, 12/4/2024'),
      ('2024-05-01', 'day_off', 'Ngày Quốc tế lao động', 'CV 2450/VPCP-KGVX, 12/4/2024'),
      ('2024-05-04', 'working_day', 'Làm bù cho ngày 29/4/2024', 'CV 2450/VPCP-KGVX, 12/4/2024'),
      ('2024-08-31', 'day_off', 'Quốc khánh', 'sucsongtre.vn'),
      ('2024-09-01', 'day_off', 'Quốc khánh', 'sucsongtre.vn'),
      ('2024-09-02', 'day_off', 'Quốc khánh', 'sucsongtre.vn'),
      ('2024-09-03', 'day_off', 'Quốc khánh', 'sucsongtre.vn'),
      ('2025-01-01', 'day_off', 'Tết Dương lịch', 'xosobinhdinh, tet-amlich.com'),
      ('2025-01-25', 'day_off', 'Tết Nguyên đán Ất Tỵ', 'tet-amlich.com, home.vn'),
      ('2025-01-26', 'day_off', 'Tết Nguyên đán Ất Tỵ', 'tet-amlich.com, home.vn'),
      ('2025-01-27', 'day_off', 'Tết Nguyên đán Ất Tỵ', 'tet-amlich.com, home.vn'),
      ('2025-01-28', 'day_off', 'Tết Nguyên đán Ất Tỵ', 'tet-amlich.com, home.vn'),
      ('2025-01-29', 'day_off', 'Tết Nguyên đán Ất Tỵ', 'tet-amlich.com, home.vn'),
      ('2025-01-30', 'day_off', 'Tết Nguyên đán Ất Tỵ', 'tet-amlich.com, home.vn'),
      ('2025-01-31', 'day_off', 'Tết Nguyên đán Ất Tỵ', 'tet-amlich.com, home.vn'),
      ('2025-02-01', 'day_off', 'Tết Nguyên đán Ất Tỵ', 'tet-amlich.com, home.vn'),
      ('2025-02-02', 'day_off', 'Tết Nguyên đán Ất Tỵ', 'tet-amlich.com, home.vn'),
      ('2025-04-05', 'day_off', 'Giỗ Tổ Hùng Vương', 'tet-amlich.com, home.vn'),
      ('2025-04-06', 'day_off', 'Giỗ Tổ Hùng Vương', 'tet-amlich.com, home.vn'),
      ('2025-04-07', 'day_off', 'Giỗ Tổ Hùng Vương', 'tet-amlich.com, home.vn'),
      ('2025-04-26', 'working_day', 'Làm bù cho ngày 02/5/2025', 'tet-amlich.com, home.vn'),
      ('2025-04-30', 'day_off', 'Ngày Chiến thắng', 'tet-amlich.com, home.vn'),
      ('2025-05-01', 'day_off', 'Ngày Quốc tế lao động', 'tet-amlich.com, home.vn'),
      ('2025-05-02', 'day_off', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'tet-amlich.com, home.vn'),
      ('2025-05-03', 'day_off', 'Nghỉ lễ 30/4 - 1/5', 'tet-amlich.com, home.vn'),
      ('2025-05-04', 'day_off', 'Nghỉ lễ 30/4 - 1/5', 'tet-amlich.com, home.vn'),
      ('2025-08-30', 'day_off', 'Quốc khánh', 'tet-amlich.com, home.vn'),
      ('2025-08-31', 'day_off', 'Quốc khánh', 'tet-amlich.com, home.vn'),
      ('2025-09-01', 'day_off', 'Quốc khánh', 'tet-amlich.com, home.vn'),
      ('2025-09-02', 'day_off', 'Quốc khánh', 'tet-amlich.com, home.vn'),
      ('2026-01-01', 'day_off', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112 (ngày cố định; chưa có thông báo chính thức, năm tạm tính)'),
      ('2026-02-14', 'day_off', 'Tết Nguyên đán Bính Ngọ', 'congan.com.vn'),
      ('2026-02-15', 'day_off', 'Tết Nguyên đán Bính Ngọ', 'congan.com.vn'),
      ('2026-02-16', 'day_off', 'Tết Nguyên đán Bính Ngọ', 'congan.com.vn'),
      ('2026-02-17', 'day_off', 'Tết Nguyên đán Bính Ngọ', 'congan.com.vn'),
      ('2026-02-18', 'day_off', 'Tết Nguyên đán Bính Ngọ', 'congan.com.vn'),
      ('2026-02-19', 'day_off', 'Tết Nguyên đán Bính Ngọ', 'congan.com.vn'),
      ('2026-02-20', 'day_off', 'Tết Nguyên đán Bính Ngọ', 'congan.com.vn'),
      ('2026-02-21', 'day_off', 'Tết Nguyên đán Bính Ngọ', 'congan.com.vn'),
      ('2026-02-22', 'day_off', 'Tết Nguyên đán Bính Ngọ', 'congan.com.vn'),
      ('2026-04-26', 'day_off', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ 2019 Điều 112 (ngày cố định; chưa có thông báo chính thức, năm tạm tính)'),
      ('2026-04-27', 'day_off', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)', 'BLLĐ 2019 Điều 112 (ngày cố định; chưa có thông báo chính thức, năm tạm tính)'),
      ('2026-04-30', 'day_off', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112 (ngày cố định; chưa có thông báo chính thức, năm tạm tính)'),
      ('2026-05-01', 'day_off', 'Ngày Quốc tế lao động', 'BLLĐ 2019 Điều 112 (ngày cố định; chưa có thông báo chính thức, năm tạm tính)'),
      ('2026-09-02', 'day_off', 'Quốc khánh', 'BLLĐ 2019 Điều 112 (ngày cố định; chưa có thông báo chính thức, năm tạm tính)')
    `);
    await queryRunner.query(
      `INSERT INTO calendar_year (year, confirmed) VALUES (2023, true), (2024, true), (2025, true), (2026, false)`,
    );
    await queryRunner.query(`INSERT INTO calendar_revision (id, revision) VALUES (1, 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM calendar_revision`);
    await queryRunner.query(`DELETE FROM calendar_year WHERE year BETWEEN 2023 AND 2026`);
    await queryRunner.query(`DELETE FROM calendar_day WHERE date BETWEEN '2022-12-31' AND '2026-12-31'`);
  }
}
