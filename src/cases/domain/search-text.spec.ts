import { foldVietnamese, nameTokens } from './search-text.js';

describe('foldVietnamese', () => {
  it('folds diacritics, đ and case so that "nguyen van an" matches "Nguyễn Văn An"', () => {
    expect(foldVietnamese('Nguyễn Văn An')).toBe('nguyen van an');
    expect(foldVietnamese('ĐỖ THỊ ĐÀO')).toBe('do thi dao');
    expect(foldVietnamese('Phản ánh: đường   ngập-nước!')).toBe('phan anh duong ngap nuoc');
  });

  it('treats composed and decomposed input alike', () => {
    expect(foldVietnamese('Tr\u1EA7n')).toBe(foldVietnamese('Tra\u0302\u0300n'));
  });

  it('keeps digits', () => {
    expect(foldVietnamese('Tổ 5, phường 12')).toBe('to 5 phuong 12');
  });
});

describe('nameTokens', () => {
  it('gives the distinct folded words of a name', () => {
    expect(nameTokens('Nguyễn Văn  Văn An')).toEqual(['nguyen', 'van', 'an']);
    expect(nameTokens('  ')).toEqual([]);
  });
});
