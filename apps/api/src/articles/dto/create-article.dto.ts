import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ARTICLE_FIELD_LIMITS, type ArticleInput, DATE_PRECISIONS, type DatePrecision } from '@tenor/contracts';
import { IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** POST /api/articles. */
export class CreateArticleDto implements ArticleInput {
  @ApiProperty({ example: 'nyt-2022-01-27-nato' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(ARTICLE_FIELD_LIMITS.externalId)
  externalId!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ARTICLE_FIELD_LIMITS.title)
  title!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(ARTICLE_FIELD_LIMITS.url)
  url?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  publishedAt?: string;

  @ApiPropertyOptional({ enum: DATE_PRECISIONS })
  @IsOptional()
  @IsIn(DATE_PRECISIONS)
  publishedAtPrecision?: DatePrecision;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isPublishedAtInferred?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  body?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(ARTICLE_FIELD_LIMITS.sourceFile)
  sourceFile?: string;

  @ApiPropertyOptional({ example: 'Politik' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ARTICLE_FIELD_LIMITS.section)
  section?: string;
}
