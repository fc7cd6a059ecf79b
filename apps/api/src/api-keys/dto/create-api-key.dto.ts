import { ApiProperty } from '@nestjs/swagger';
import { API_KEY_SCOPES, type ApiKeyScope, type CreateApiKeyRequest } from '@tenor/contracts';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** POST /api/api-keys. */
export class CreateApiKeyDto implements CreateApiKeyRequest {
  @ApiProperty({ example: 'CMS nightly export' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: API_KEY_SCOPES })
  @IsIn(API_KEY_SCOPES)
  scope!: ApiKeyScope;
}
