import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

/** page / pageSize of the outbox and dead-letter lists (dead-letters imports it from here). */
export class PagingRequest {
  @ApiPropertyOptional({ example: '1', description: 'page number from 1 (default 1)' })
  @IsOptional() @Matches(/^[1-9]\d{0,5}$/, { message: 'page must be a whole number from 1' }) page?: string;

  @ApiPropertyOptional({ example: '50', description: 'items per page, 1–200 (default 50)' })
  @IsOptional() @Matches(/^([1-9]\d?|1\d\d|200)$/, { message: 'pageSize must be a whole number from 1 to 200' }) pageSize?: string;
}

export const paging = (q: PagingRequest) => {
  const page = Number(q.page ?? 1);
  const pageSize = Number(q.pageSize ?? 50);
  return { page, pageSize, start: (page - 1) * pageSize };
};
