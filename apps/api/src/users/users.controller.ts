import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { UserView } from '@tenor/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

/** User management: admins only. */
@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(): Promise<UserView[]> {
    return this.users.list();
  }

  @Post()
  create(@Body() user: CreateUserDto): Promise<UserView> {
    return this.users.create(user);
  }

  @Patch(':id')
  update(@Param('id', ParseIntPipe) id: number, @Body() changes: UpdateUserDto, @CurrentUser() admin: AuthenticatedUser): Promise<UserView> {
    return this.users.update(id, changes, admin.id);
  }
}
