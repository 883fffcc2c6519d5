import { describe, expect, it } from 'vitest';
import { homeOf, NAVIGATION, safeNext } from './navigation';

describe('navigation by role', () => {
  it('shows each role only what it may use', () => {
    const labels = (role: Parameters<typeof homeOf>[0]) =>
      NAVIGATION.filter((n) => n.roles.includes(role)).map((n) => n.label);
    expect(labels('reception')).toEqual(['Tiếp công dân', 'Hồ sơ']);
    expect(labels('clerk')).toEqual(['Hồ sơ']);
    expect(labels('leader')).toEqual(['Tiếp công dân', 'Hồ sơ', 'Báo cáo']);
    expect(labels('admin')).toEqual(['Hồ sơ', 'Báo cáo', 'Quản trị']);
  });

  it('returns only to a screen of the app after login', () => {
    expect(safeNext('/tiep-cong-dan?q=an')).toBe('/tiep-cong-dan?q=an');
    expect(safeNext('//evil.example/')).toBeNull();
    expect(safeNext('https://evil.example/')).toBeNull();
    expect(safeNext('/dang-nhap')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
