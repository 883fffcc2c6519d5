import { IsInt, IsString, Min, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './metadata-cache.js';

describe('cacheValidationMetadata', () => {
  it('keeps the answers valid when classes and rules are added after the first validation', () => {
    cacheValidationMetadata();
    class Base {
      @IsString()
      name: unknown;
    }
    const base = Object.assign(new Base(), { name: 1 });
    expect(validateSync(base).map((e) => e.property)).toEqual(['name']);
    expect(validateSync(base).map((e) => e.property)).toEqual(['name']);

    // A subclass declared later inherits the cached base rules and adds its own.
    class Child extends Base {
      @IsInt()
      @Min(1)
      count: unknown;
    }
    const child = Object.assign(new Child(), { name: 2, count: 0 });
    expect(validateSync(child).map((e) => e.property)).toEqual(['count', 'name']);
    expect(validateSync(Object.assign(new Child(), { name: 'a', count: 3 }))).toEqual([]);
    expect(validateSync(Object.assign(new Base(), { name: 'a' }))).toEqual([]);

    // A rule added to a class already looked up (and cached) counts from then on.
    IsInt()(Base.prototype, 'extra');
    expect(validateSync(Object.assign(new Base(), { name: 'a', extra: 'x' })).map((e) => e.property)).toEqual(
      ['extra'],
    );
  });
});
