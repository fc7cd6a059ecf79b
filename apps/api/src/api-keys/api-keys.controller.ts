import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ApiKeyView, CreatedApiKey } from '@tenor/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyDto } from './dto/create-api-key.dto';

/** API keys for ingest clients: admins only. */
@ApiTags('api-keys')
@Roles('admin')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  list(): Promise<ApiKeyView[]> {
    return this.keys.list();
  }

  @Post()
  create(@Body() request: CreateApiKeyDto, @CurrentUser() admin: AuthenticatedUser): Promise<CreatedApiKey> {
    return this.keys.create(request, admin.username);
  }

  @Delete(':id')
  revoke(@Param('id', ParseIntPipe) id: number): Promise<ApiKeyView> {
    return this.keys.revoke(id);
  }
}
