import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AlertSettings, HostileAlertView } from '@tenor/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AlertsService } from './alerts.service';
import { AlertListQueryDto } from './dto/alert-list-query.dto';
import { AlertSettingsDto } from './dto/alert-settings.dto';

/** Hostile-thread alerts for editors. */
@ApiTags('alerts')
@Roles('editor', 'admin')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  list(@Query() query: AlertListQueryDto): Promise<HostileAlertView[]> {
    return this.alerts.list(query);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  acknowledge(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthenticatedUser): Promise<HostileAlertView> {
    return this.alerts.acknowledge(id, user);
  }
}

/** Alert detection settings and the webhook, for admins. */
@ApiTags('settings')
@Roles('admin')
@Controller('settings/alerts')
export class AlertSettingsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  get(): Promise<AlertSettings> {
    return this.alerts.getSettings();
  }

  @Put()
  put(@Body() settings: AlertSettingsDto): Promise<AlertSettings> {
    return this.alerts.putSettings(settings);
  }
}
