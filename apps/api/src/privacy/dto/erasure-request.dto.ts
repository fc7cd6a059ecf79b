import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANONYMISED_AUTHOR, ERASURE_MODES, type ErasureMode, type ErasureRequest } from '@tenor/contracts';
import { IsIn, IsNotEmpty, IsNotIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The author of an erasure request or preview: an exact stored name, never the marker of anonymised comments. */
export class AuthorDto {
  @ApiProperty({ description: 'The author name exactly as the comments carry it', example: 'Max Mustermann' })
  @IsString()
  @Matches(/\S/u, { message: 'author must not be empty' })
  @MaxLength(200)
  @IsNotIn([ANONYMISED_AUTHOR], {
    message: `author must not be "${ANONYMISED_AUTHOR}", the name anonymised comments carry`,
  })
  author!: string;
}

/** POST /api/privacy/erasures. */
export class ErasureRequestDto extends AuthorDto implements ErasureRequest {
  @ApiProperty({ enum: ERASURE_MODES })
  @IsIn(ERASURE_MODES)
  mode!: ErasureMode;

  @ApiPropertyOptional({ description: "The request's ticket number", example: 'DSGVO-2024-017' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  reference?: string;
}
