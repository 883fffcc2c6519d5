import { prepared } from './prepared.js';

describe('prepared', () => {
  it('keeps one text per name: a second text under a used name is refused', () => {
    const first = prepared('spec_statement', 'SELECT 1');
    expect(prepared('spec_statement', 'SELECT 1')).toEqual(first);
    expect(() => prepared('spec_statement', 'SELECT 2')).toThrow(/declared twice/);
  });
});
