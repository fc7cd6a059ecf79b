import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMENT_FIELD_LIMITS, type CommentInput, type Language, LANGUAGES } from '@tenor/contracts';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** The longest comment body accepted, in characters. */
export const MAX_COMMENT_LENGTH = 20_000;

/** POST /api/comments, and each item of a batch. */
export class CreateCommentDto implements CommentInput {
  @ApiProperty({ example: 'c-1001' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMMENT_FIELD_LIMITS.externalId)
  externalId!: string;

  @ApiProperty({ example: '002_04e33e5c51f282ea' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMMENT_FIELD_LIMITS.articleExternalId)
  articleExternalId!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMMENT_FIELD_LIMITS.author)
  author!: string;

  @ApiProperty({ description: 'ISO 8601 instant' })
  @IsISO8601({ strict: true })
  postedAt!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(COMMENT_FIELD_LIMITS.title)
  title?: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_COMMENT_LENGTH)
  body!: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Overrides language detection' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}
