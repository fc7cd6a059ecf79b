import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ModelOverview } from '@tenor/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ModelVersionParamsDto } from './dto/model-version-params.dto';
import { ModelService } from './model.service';

/** The offense model's versions learned from the moderators' decisions, for admins: train, accept, reject, roll back. */
@ApiTags('settings')
@Roles('admin')
@Controller('settings/model')
export class ModelController {
  constructor(private readonly models: ModelService) {}

  @Get()
  overview(): Promise<ModelOverview> {
    return this.models.overview();
  }

  /** Trains a candidate on the decisions made since the active version was trained; it waits for an admin to accept it. */
  @Post('train')
  @HttpCode(200)
  train(@CurrentUser() user: AuthenticatedUser): Promise<ModelOverview> {
    return this.models.train(user.username);
  }

  @Post('versions/:version/accept')
  @HttpCode(200)
  accept(@Param() params: ModelVersionParamsDto): Promise<ModelOverview> {
    return this.models.accept(params.version);
  }

  @Post('versions/:version/reject')
  @HttpCode(200)
  reject(@Param() params: ModelVersionParamsDto): Promise<ModelOverview> {
    return this.models.reject(params.version);
  }

  /** Re-activates the version the active one was trained from; the active one is retired. */
  @Post('rollback')
  @HttpCode(200)
  rollback(): Promise<ModelOverview> {
    return this.models.rollback();
  }
}
