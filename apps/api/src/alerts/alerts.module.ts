import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings/settings.module';
import { AlertSettingsController, AlertsController } from './alerts.controller';
import { AlertsService } from './alerts.service';
import { HostileAlertEntity } from './hostile-alert.entity';

/** Hostile-thread detection, alerts and their webhook. */
@Module({
  imports: [TypeOrmModule.forFeature([HostileAlertEntity]), SettingsModule],
  controllers: [AlertsController, AlertSettingsController],
  providers: [AlertsService],
  exports: [AlertsService],
})
export class AlertsModule {}
