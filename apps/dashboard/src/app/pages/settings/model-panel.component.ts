import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { ModelVersionView } from '@tenor/contracts';
import { I18n, ModelActionOutcome, ModelStore, failureText } from '@tenor/dashboard/data-access';
import { ErrorBannerComponent, formatCount, formatDateTime, formatScore } from '@tenor/dashboard/ui';
import { ModelQualityTableComponent } from './model-quality-table.component';

/**
 * The offense model that learns from moderators: the active version and its quality, training a candidate,
 * accepting or discarding it, rolling back to the version before, and the history.
 */
@Component({
  selector: 'tenor-model-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, ErrorBannerComponent, ModelQualityTableComponent],
  templateUrl: './model-panel.component.html',
  styleUrl: './model-panel.component.scss',
})
export class ModelPanelComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(ModelStore);

  /** Emitted when the active model changed (accepted or rolled back): the API re-scores the comments. */
  readonly modelChanged = output<void>();

  protected readonly notice = signal<string | null>(null);
  protected readonly actionFailure = signal<string | null>(null);
  protected readonly failureMessage = computed(() => failureText(this.i18n, this.store.failure()));
  protected readonly isBusy = computed(() => this.store.runningAction() !== null);
  protected readonly available = computed(() =>
    this.i18n.t('model.available', {
      count: formatCount(this.store.overview()?.decisionsAvailable ?? 0, this.i18n.locale()),
    }),
  );
  protected readonly history = computed(() =>
    (this.store.overview()?.history ?? []).map((version) => ({
      version,
      line: this.describe(version),
      state: this.i18n.t(`model.state.${version.state}` as const),
      trainedOn: this.trainedOn(version),
      quality: this.describeQuality(version),
    })),
  );

  protected describe(version: ModelVersionView): string {
    return this.i18n.t('model.versionLine', {
      version: version.version,
      author: version.author,
      time: formatDateTime(version.createdAt, this.i18n.locale()),
    });
  }

  protected trainedOn(version: ModelVersionView): string {
    return version.baseVersion === null && version.trainedOn === 0
      ? this.i18n.t('model.shipped')
      : this.i18n.t('model.trainedOn', { count: formatCount(version.trainedOn, this.i18n.locale()) });
  }

  private describeQuality(version: ModelVersionView): string | null {
    const quality = version.after;
    if (quality === null) return null;
    const locale = this.i18n.locale();
    const macroF1 = `${this.i18n.t('model.macroF1')} ${formatScore(quality.macroF1, locale)}`;
    return quality.auc === null
      ? macroF1
      : `${macroF1} · ${this.i18n.t('model.auc')} ${formatScore(quality.auc, locale)}`;
  }

  /** Trains a candidate on the decisions so far. */
  protected async train(): Promise<void> {
    const outcome = await this.runAction(() => this.store.train());
    if (outcome?.kind === 'done') {
      const version = outcome.overview.candidate?.version ?? outcome.overview.active.version;
      this.notice.set(this.i18n.t('model.done.train', { version }));
    }
  }

  /** Makes the candidate the active model. */
  protected async accept(version: number): Promise<void> {
    const outcome = await this.runAction(() => this.store.accept(version));
    if (outcome?.kind === 'done') {
      this.notice.set(this.i18n.t('model.done.accept', { version: outcome.overview.active.version }));
      this.modelChanged.emit();
    }
  }

  /** Discards the candidate. */
  protected async reject(version: number): Promise<void> {
    const outcome = await this.runAction(() => this.store.reject(version));
    if (outcome?.kind === 'done') this.notice.set(this.i18n.t('model.done.reject'));
  }

  /** Returns to the version the active one continued from. */
  protected async rollback(): Promise<void> {
    const outcome = await this.runAction(() => this.store.rollback());
    if (outcome?.kind === 'done') {
      this.notice.set(this.i18n.t('model.done.rollback', { version: outcome.overview.active.version }));
      this.modelChanged.emit();
    }
  }

  private async runAction(action: () => Promise<ModelActionOutcome>): Promise<ModelActionOutcome | null> {
    if (this.isBusy()) return null;
    this.notice.set(null);
    this.actionFailure.set(null);
    const outcome = await action();
    if (outcome.kind === 'failed') this.actionFailure.set(failureText(this.i18n, outcome.failure));
    return outcome;
  }
}
