import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** The OpenAPI class of a list answer `{ items, total, page, limit }` of `item`, named `<Item>Page`. */
export function PageResponse<T>(
  item: Type<T>,
): Type<{ items: T[]; total: number; page: number; limit: number }> {
  class PageOfItems {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiProperty()
    total: number;

    @ApiProperty()
    page: number;

    @ApiProperty()
    limit: number;
  }
  Object.defineProperty(PageOfItems, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  return PageOfItems;
}
