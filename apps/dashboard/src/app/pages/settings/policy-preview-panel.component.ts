import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { CategoryCurve, PolicyPreview, PolicyQueue, PrecisionRecallPoint } from '@tenor/contracts';
import { I18n, isPartialPreview } from '@tenor/dashboard/data-access';
import {
  PrecisionRecallChartComponent,
  buildPrecisionRecallOptions,
  formatCount,
  formatScore,
} from '@tenor/dashboard/ui';

/**
 * What the edited policy would do before it is saved: how many open comments would change queue, the moves
 * between queues, changed flags and tone labels, examples of moved comments, and per category the
 * precision/recall curve on the moderators' decisions with today's and the proposed flag threshold marked.
 */
@Component({
  selector: 'tenor-policy-preview-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBarModule, PrecisionRecallChartComponent],
  host: {
    'data-testid': 'policy-preview',
    '[attr.data-current]': 'isCurrent()',
    '[attr.data-loading]': 'isLoading()',
  },
  templateUrl: './policy-preview-panel.component.html',
  styleUrl: './policy-preview-panel.component.scss',
})
export class PolicyPreviewPanelComponent {
  protected readonly i18n = inject(I18n);

  /** The preview to show. */
  readonly preview = input.required<PolicyPreview>();
  /** Whether the preview is of the policy as it is edited now (else it is marked as outdated). */
  readonly isCurrent = input(true);
  /** Whether a newer preview is being computed. */
  readonly isLoading = input(false);

  protected readonly changedQueueText = computed(() => {
    const count = this.preview().changedQueue;
    return count === 1
      ? this.i18n.t('preview.changedQueueOne')
      : this.i18n.t('preview.changedQueue', { count: this.count(count) });
  });
  protected readonly scannedText = computed(() => {
    const preview = this.preview();
    return isPartialPreview(preview)
      ? this.i18n.t('preview.scanned', {
          scanned: this.count(preview.scanned),
          total: this.count(preview.total),
        })
      : this.i18n.t('preview.scannedAll', { total: this.count(preview.total) });
  });
  protected readonly moves = computed(() =>
    this.preview().moves.map((move) => ({
      ...move,
      fromLabel: this.queueLabel(move.from),
      toLabel: this.queueLabel(move.to),
      countLabel: this.count(move.count),
    })),
  );
  protected readonly samples = computed(() =>
    this.preview().samples.map((sample) => ({
      ...sample,
      fromLabel: this.queueLabel(sample.from),
      toLabel: this.queueLabel(sample.to),
    })),
  );
  /** Whether there are approved and rejected decisions, without which precision or recall is undefined everywhere. */
  protected readonly hasCurves = computed(() => {
    const { approved, rejected } = this.preview().decided;
    return approved > 0 && rejected > 0;
  });
  protected readonly curvesHint = computed(() => {
    const { approved, rejected } = this.preview().decided;
    return this.i18n.t(this.hasCurves() ? 'preview.curvesHint' : 'preview.noCurves', {
      approved: this.count(approved),
      rejected: this.count(rejected),
    });
  });
  protected readonly curves = computed(() => {
    const texts = {
      locale: this.i18n.locale(),
      curve: this.i18n.t('preview.curve'),
      current: this.i18n.t('preview.current'),
      proposed: this.i18n.t('preview.proposed'),
      precision: this.i18n.t('preview.precision'),
      recall: this.i18n.t('preview.recall'),
      threshold: this.i18n.t('preview.threshold'),
    };
    return this.preview().curves.map((curve) => ({
      category: curve.category,
      label: this.i18n.t(`category.${curve.category}` as const),
      options: buildPrecisionRecallOptions(curve, texts),
      current: this.describePoint(curve.current),
      proposed: this.describePoint(curve.proposed),
      isChanged: curve.current.threshold !== curve.proposed.threshold,
      ariaLabel: this.describeCurve(curve),
    }));
  });

  protected count(value: number): string {
    return formatCount(value, this.i18n.locale());
  }

  private queueLabel(queue: PolicyQueue): string {
    return this.i18n.t(`queue.policy.${queue}` as const);
  }

  private describePoint(point: PrecisionRecallPoint): string {
    const locale = this.i18n.locale();
    const share = (value: number | null) =>
      value === null ? this.i18n.t('preview.none') : formatScore(value, locale);
    return this.i18n.t('preview.point', {
      threshold: formatScore(point.threshold, locale),
      precision: share(point.precision),
      recall: share(point.recall),
    });
  }

  private describeCurve(curve: CategoryCurve): string {
    const label = this.i18n.t(`category.${curve.category}` as const);
    return `${label}: ${this.i18n.t('preview.current')} ${this.describePoint(curve.current)}; ${this.i18n.t('preview.proposed')} ${this.describePoint(curve.proposed)}`;
  }
}
