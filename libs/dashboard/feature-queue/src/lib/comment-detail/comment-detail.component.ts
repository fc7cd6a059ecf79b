import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RISK_CATEGORIES } from '@tenor/contracts';
import type { CommentContext, DecisionAction, RiskCategory } from '@tenor/contracts';
import { DecisionButtonsComponent } from '../decision-buttons/decision-buttons.component';
import { I18n } from '@tenor/dashboard/data-access';
import {
  ErrorBannerComponent,
  EvidenceTextComponent,
  StatusPillComponent,
  ToneBadgeComponent,
  collectEvidenceSpans,
  evidenceWithin,
  formatDateTime,
  formatPublishedDate,
  formatScore,
} from '@tenor/dashboard/ui';
import { AuthorHistoryComponent } from './author-history.component';
import { CategoryScoresComponent } from './category-scores.component';
import { EventTrailComponent } from './event-trail.component';
import { NeighbourListComponent } from './neighbour-list.component';

/** Everything about one comment beside the queue: text with evidence, why, article, audit trail, author history, neighbours. */
@Component({
  selector: 'tenor-comment-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DecisionButtonsComponent,
    MatButtonModule,
    MatProgressBarModule,
    ErrorBannerComponent,
    EvidenceTextComponent,
    StatusPillComponent,
    ToneBadgeComponent,
    AuthorHistoryComponent,
    CategoryScoresComponent,
    EventTrailComponent,
    NeighbourListComponent,
  ],
  host: {
    'data-testid': 'comment-detail',
    role: 'complementary',
    '[attr.aria-label]': "i18n.t('detail.label')",
    '[attr.data-comment-id]': 'context()?.comment?.id',
  },
  templateUrl: './comment-detail.component.html',
  styleUrl: './comment-detail.component.scss',
})
export class CommentDetailComponent {
  protected readonly i18n = inject(I18n);

  /** The loaded context; null while the first one loads. */
  readonly context = input.required<CommentContext | null>();
  /** Whether a (re)load is in flight. */
  readonly isLoading = input(false);
  /** A failure to show instead. */
  readonly failureMessage = input<string | null>(null);
  /** Whether a decision on the comment is in flight. */
  readonly isBusy = input(false);

  /** Emitted to close the panel. */
  readonly closed = output<void>();
  /** Emitted with a decision to take on the comment. */
  readonly decided = output<DecisionAction>();
  /** Emitted to revert the comment's latest change. */
  readonly undone = output<void>();
  /** Emitted with an author to filter the queue by. */
  readonly authorChosen = output<string>();
  /** Emitted with an article id to filter the queue by. */
  readonly articleChosen = output<number>();
  /** Emitted with a neighbour's id to open it. */
  readonly neighbourOpened = output<number>();
  /** Emitted to reload after a failure. */
  readonly retried = output<void>();

  protected readonly comment = computed(() => this.context()?.comment ?? null);
  protected readonly statusLabel = computed(() => {
    const comment = this.comment();
    return comment === null ? '' : this.i18n.t(`status.${comment.status}` as const);
  });
  protected readonly postedAt = computed(() => {
    const comment = this.comment();
    return comment === null ? '' : formatDateTime(comment.postedAt, this.i18n.locale());
  });
  protected readonly toneLabel = computed(() => {
    const comment = this.comment();
    return comment === null ? '' : this.i18n.t(`tone.${comment.sentiment.label}` as const);
  });
  protected readonly toneShares = computed(() => {
    const tone = this.comment()?.sentiment;
    const percent = (share: number) => `${Math.round(share * 100)} %`;
    return tone
      ? this.i18n.t('detail.toneShares', {
          pos: percent(tone.pos),
          neu: percent(tone.neu),
          neg: percent(tone.neg),
        })
      : '';
  });
  protected readonly overallRisk = computed(() =>
    this.i18n.t('detail.overallRisk', {
      score: formatScore(this.comment()?.risk.score ?? 0, this.i18n.locale()),
    }),
  );
  protected readonly evidenceSpans = computed(() => {
    const comment = this.comment();
    return comment === null ? [] : collectEvidenceSpans(comment.risk);
  });
  protected readonly titleSpans = computed(() =>
    evidenceWithin(this.evidenceSpans(), 0, this.comment()?.title ?? ''),
  );
  protected readonly bodySpans = computed(() => {
    const title = this.comment()?.title;
    return evidenceWithin(this.evidenceSpans(), title ? title.length + 1 : 0, this.comment()?.body ?? '');
  });
  protected readonly categoryLabels = computed(
    () =>
      Object.fromEntries(
        RISK_CATEGORIES.map((category) => [category, this.i18n.t(`category.${category}` as const)]),
      ) as Record<RiskCategory, string>,
  );
  protected readonly articleDate = computed(() => {
    const article = this.context()?.article;
    return article?.publishedAt
      ? formatPublishedDate(article.publishedAt, article.publishedAtPrecision, this.i18n.locale())
      : null;
  });
  protected readonly articleSection = computed(() => {
    const section = this.context()?.article.section;
    return section ? this.i18n.t('detail.section', { section }) : this.i18n.t('detail.noSection');
  });
  protected readonly hasEvents = computed(() => (this.context()?.events.length ?? 0) > 0);
}
