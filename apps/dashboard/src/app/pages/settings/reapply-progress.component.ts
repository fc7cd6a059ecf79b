import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { ReapplyJobView } from '@tenor/contracts';
import { I18n, reapplyProgress } from '@tenor/dashboard/data-access';
import { formatCount } from '@tenor/dashboard/ui';

/** The latest re-apply run: what it applies, its state, and how many comments it has checked and changed. */
@Component({
  selector: 'tenor-reapply-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBarModule],
  host: {
    'data-testid': 'reapply-job',
    role: 'status',
    '[attr.data-job-id]': 'job().id',
    '[attr.data-state]': 'job().state',
    '[attr.data-policy-version]': 'job().policyVersion',
    '[attr.data-processed]': 'job().processed',
    '[attr.data-total]': 'job().total',
    '[attr.data-changed]': 'job().changed',
    '[class]': "'reapply reapply--' + job().state",
  },
  template: `
    <div class="reapply__line">
      <strong>{{ title() }}</strong>
      <span class="reapply__state" data-testid="reapply-state">{{ stateLabel() }}</span>
      <span class="reapply__counts" data-testid="reapply-counts">{{ counts() }}</span>
    </div>
    <mat-progress-bar mode="determinate" [value]="percent()" [attr.aria-label]="title()" />
    @if (job().error; as error) {
      <p class="reapply__error">{{ error }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 12px;
      padding: 8px 12px;
      border-radius: 6px;
      border: 1px solid #dfe3eb;
      background: #fff;
    }
    :host(.reapply--failed) {
      border-color: #e57373;
      background: #fdecea;
    }
    .reapply__line {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
      margin-bottom: 6px;
    }
    .reapply__state {
      padding: 0 8px;
      border-radius: 10px;
      background: #eceff1;
      font-size: 0.8125rem;
    }
    .reapply__counts {
      color: #546e7a;
      font-variant-numeric: tabular-nums;
    }
    .reapply__error {
      margin: 6px 0 0;
      color: #8c1d18;
      overflow-wrap: anywhere;
    }
  `,
})
export class ReapplyProgressComponent {
  protected readonly i18n = inject(I18n);

  /** The run to show. */
  readonly job = input.required<ReapplyJobView>();

  protected readonly title = computed(() => {
    const job = this.job();
    return job.kind === 'policy'
      ? this.i18n.t('job.title.policy', { version: job.policyVersion })
      : this.i18n.t('job.title.rescore', { version: job.modelVersion });
  });
  protected readonly stateLabel = computed(() => this.i18n.t(`job.state.${this.job().state}` as const));
  protected readonly counts = computed(() => {
    const job = this.job();
    const locale = this.i18n.locale();
    return this.i18n.t('job.progress', {
      processed: formatCount(job.processed, locale),
      total: formatCount(job.total, locale),
      changed: formatCount(job.changed, locale),
    });
  });
  protected readonly percent = computed(() => Math.round(reapplyProgress(this.job()) * 100));
}
