/**
 * Vietnamese text folded for search: lower case, diacritics removed, đ -> d, runs of anything that is not a
 * letter or digit collapsed to one space. "Nguyễn Văn An" and "nguyen van an" fold to the same text.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct folded words of a name, for the blind index of sealed names. */
export function nameTokens(name: string): string[] {
  return [...new Set(foldVietnamese(name).split(' ').filter(Boolean))];
}

/** The search text of a case: its folded subject, content and applicant name (empty for a sealed one). */
export function caseSearchText(subject: string, content: string, applicantName: string): string {
  return foldVietnamese([subject, content, applicantName].join(' '));
}
