import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsNumber, IsOptional, Max, Min } from 'class-validator';

/** An optional ISO 8601 date or instant field (query ranges: `from` inclusive, `to` exclusive). */
export const OptionalInstantField = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description }), IsOptional(), IsISO8601());

/** An optional positive whole number id, converted from a query string. */
export const OptionalIdField = () => applyDecorators(ApiPropertyOptional(), IsOptional(), Type(() => Number), IsInt(), Min(1));

/** An optional risk score bound in 0..1, converted from a query string. */
export const OptionalRiskField = () =>
  applyDecorators(ApiPropertyOptional({ minimum: 0, maximum: 1 }), IsOptional(), Type(() => Number), IsNumber(), Min(0), Max(1));
