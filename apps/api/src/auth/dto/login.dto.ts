import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@tenor/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** POST /api/auth/login. */
export class LoginDto implements LoginRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}
