import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateUserRequest, type Role, ROLES } from '@tenor/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../../config/app.config';

/** Usernames: letters, digits, dot, dash, underscore. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{2,100}$/;

/** POST /api/users. */
export class CreateUserDto implements CreateUserRequest {
  @ApiProperty()
  @Matches(USERNAME_PATTERN, { message: 'username must be 2-100 letters, digits, dots, dashes or underscores' })
  username!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName?: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ type: [String], description: 'Sections a moderator may work; empty or absent means all' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  sections?: string[];
}
