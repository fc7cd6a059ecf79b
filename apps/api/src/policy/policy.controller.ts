import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PolicyPreview, PolicyState, PolicyVersionView, ReapplyJobView } from '@tenor/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PolicyPreviewDto, RestorePolicyDto, SavePolicyDto } from './dto/policy-request.dto';
import { PolicyService } from './policy.service';
import { PolicyPreviewService } from './policy-preview.service';
import { ReapplyService } from './reapply.service';

/** The moderation policy: versions, saving with a background re-apply, restoring, and the what-if preview. */
@ApiTags('settings')
@Roles('admin')
@Controller('settings/policy')
export class PolicyController {
  constructor(
    private readonly policies: PolicyService,
    private readonly reapply: ReapplyService,
    private readonly previews: PolicyPreviewService,
  ) {}

  @Get()
  async state(): Promise<PolicyState> {
    return { active: await this.policies.activeView(), job: await this.reapply.latest() };
  }

  @Get('versions')
  versions(): Promise<PolicyVersionView[]> {
    return this.policies.versions();
  }

  @Get('job')
  job(): Promise<ReapplyJobView | null> {
    return this.reapply.latest();
  }

  /** Saves a new version and starts re-applying it to the stored comments. */
  @Post()
  async save(@Body() request: SavePolicyDto, @CurrentUser() user: AuthenticatedUser): Promise<PolicyState> {
    await this.policies.save(request.policy, request.baseVersion, request.note ?? null, user);
    return this.startReapply();
  }

  @Post('preview')
  @HttpCode(200)
  preview(@Body() request: PolicyPreviewDto): Promise<PolicyPreview> {
    return this.previews.preview(request.policy);
  }

  /** Saves an old version's policy as the new version. */
  @Post('versions/:version/restore')
  async restore(
    @Param('version', ParseIntPipe) version: number,
    @Body() request: RestorePolicyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PolicyState> {
    const old = await this.policies.version(version);
    await this.policies.save(old.policy, request.baseVersion, `Version ${version} wiederhergestellt`, user, version);
    return this.startReapply();
  }

  private async startReapply(): Promise<PolicyState> {
    const job = await this.reapply.start('policy', await this.policies.activeModelVersion());
    return { active: await this.policies.activeView(), job };
  }
}

/** Settings changes in the audit log, for editors and admins. */
@ApiTags('audit')
@Roles('editor', 'admin')
@Controller('audit/settings')
export class SettingsAuditController {
  constructor(private readonly policies: PolicyService) {}

  @Get()
  list(): Promise<PolicyVersionView[]> {
    return this.policies.versions();
  }
}
