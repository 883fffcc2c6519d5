import { describe, expect, it } from 'vitest';
import { describedBy } from './Field';

describe('describedBy', () => {
  it('ties the error to an input that has no description of its own, and unties it', () => {
    expect(describedBy(null, 'hoTen-error', true)).toBe('hoTen-error');
    expect(describedBy('hoTen-error', 'hoTen-error', false)).toBeNull();
  });

  it("keeps the input's own descriptions while the error shows and after", () => {
    expect(describedBy('hoTen-hint', 'hoTen-error', true)).toBe('hoTen-hint hoTen-error');
    expect(describedBy('hoTen-hint hoTen-error', 'hoTen-error', false)).toBe('hoTen-hint');
  });

  it('adds the error once, however often the field renders', () => {
    expect(describedBy('hoTen-hint hoTen-error', 'hoTen-error', true)).toBe('hoTen-hint hoTen-error');
    expect(describedBy(null, 'hoTen-error', false)).toBeNull();
  });
});
