import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthorErasurePreview, ErasureView } from '@tenor/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ErasureListQueryDto } from './dto/erasure-list-query.dto';
import { AuthorDto, ErasureRequestDto } from './dto/erasure-request.dto';
import { PrivacyService } from './privacy.service';

/** GDPR requests: erase every comment of an author, preview it, and the record of past requests. Admins only. */
@ApiTags('privacy')
@Roles('admin')
@Controller('privacy')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  /** How many comments an erasure for `author` would touch, and earlier requests for the same name. */
  @Get('authors')
  preview(@Query() query: AuthorDto): Promise<AuthorErasurePreview> {
    return this.privacy.preview(query.author);
  }

  /** Deletes or anonymises every comment of the author; a repeat finds nothing and records 0. */
  @Post('erasures')
  erase(@Body() request: ErasureRequestDto, @CurrentUser() user: AuthenticatedUser): Promise<ErasureView> {
    return this.privacy.erase(request, user);
  }

  /** The record of erasure requests, newest first. */
  @Get('erasures')
  list(@Query() query: ErasureListQueryDto): Promise<ErasureView[]> {
    return this.privacy.list(query.limit);
  }
}
