import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { COMMENT_STATUSES } from '@tenor/contracts';
import type { AuthorHistory } from '@tenor/contracts';
import { I18n } from '@tenor/dashboard/data-access';
import {
  SparklineComponent,
  SparklineSeries,
  StatusPillComponent,
  formatCount,
  formatDateTime,
  formatDay,
} from '@tenor/dashboard/ui';

/** Most recent decisions on an author shown in the detail; the audit log has the rest. */
const RECENT_EVENTS_SHOWN = 5;

/** An author's record: comments per status, the latest decisions on them, and risk and tone per day as a sparkline. */
@Component({
  selector: 'tenor-author-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, SparklineComponent, StatusPillComponent],
  host: { 'data-testid': 'detail-author-history' },
  template: `
    <p class="author-history__total">{{ total() }}</p>
    <ul class="author-history__counts">
      @for (entry of statusCounts(); track entry.status) {
        <li [attr.data-status]="entry.status" data-testid="author-status-count">
          <tenor-status-pill [status]="entry.status" [label]="entry.label" />
          <strong>{{ entry.count }}</strong>
        </li>
      }
    </ul>
    @if (history().series.length > 0) {
      <figure class="author-history__chart">
        <tenor-sparkline [series]="series()" [width]="320" [height]="56" [ariaLabel]="chartLabel()" />
        <figcaption>{{ chartLabel() }}</figcaption>
      </figure>
    }
    <h4>{{ i18n.t('detail.authorRecent') }}</h4>
    @if (recentEvents().length === 0) {
      <p class="author-history__empty">{{ i18n.t('detail.authorNoRecent') }}</p>
    } @else {
      <ul class="author-history__recent">
        @for (row of recentEvents(); track row.event.id) {
          <li data-testid="author-recent-event">
            <time [attr.datetime]="row.event.at">{{ row.at }}</time>
            <tenor-status-pill [status]="row.event.toStatus" [label]="row.to" />
            <span class="author-history__who">{{ row.event.actor }}</span>
            @if (row.reason) {
              <span>· {{ row.reason }}</span>
            }
            <span class="author-history__article">„{{ row.event.articleTitle }}“</span>
          </li>
        }
      </ul>
    }
    <button
      mat-button
      type="button"
      data-testid="detail-author-filter"
      (click)="authorChosen.emit(history().author)"
    >
      {{ i18n.t('detail.authorFilter', { author: history().author }) }}
    </button>
  `,
  styles: `
    :host {
      display: block;
      font-size: 0.875rem;
    }
    .author-history__total {
      margin: 0 0 6px;
      color: #546e7a;
    }
    .author-history__counts {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 12px;
      margin: 0 0 8px;
      padding: 0;
      list-style: none;
    }
    .author-history__chart {
      margin: 4px 0 8px;
      figcaption {
        font-size: 0.75rem;
        color: #607d8b;
      }
    }
    h4 {
      margin: 8px 0 4px;
      font-size: 0.875rem;
      font-weight: 500;
    }
    .author-history__recent {
      margin: 0;
      padding: 0;
      list-style: none;
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 2px 6px;
        padding: 2px 0;
      }
    }
    time {
      color: #607d8b;
      font-variant-numeric: tabular-nums;
    }
    .author-history__article {
      color: #607d8b;
      overflow-wrap: anywhere;
    }
    .author-history__empty {
      margin: 0;
      color: #607d8b;
    }
  `,
})
export class AuthorHistoryComponent {
  protected readonly i18n = inject(I18n);

  /** The author's record. */
  readonly history = input.required<AuthorHistory>();

  /** Emitted with the author's name to filter the queue by it. */
  readonly authorChosen = output<string>();

  protected readonly total = computed(() =>
    this.i18n.t('detail.authorTotal', { total: formatCount(this.history().total, this.i18n.locale()) }),
  );
  protected readonly statusCounts = computed(() =>
    COMMENT_STATUSES.map((status) => ({
      status,
      label: this.i18n.t(`status.${status}` as const),
      count: formatCount(this.history().statusCounts[status] ?? 0, this.i18n.locale()),
    })),
  );
  protected readonly recentEvents = computed(() =>
    this.history()
      .recentEvents.slice(0, RECENT_EVENTS_SHOWN)
      .map((event) => ({
        event,
        at: formatDateTime(event.at, this.i18n.locale()),
        to: this.i18n.t(`status.${event.toStatus}` as const),
        reason: event.reason === null ? null : this.i18n.t(`reason.${event.reason}` as const),
      })),
  );
  protected readonly series = computed<SparklineSeries[]>(() => {
    const days = [...this.history().series].sort((left, right) => left.day.localeCompare(right.day));
    return [
      { name: 'risk', values: days.map((day) => day.meanRisk), min: 0, max: 1, color: '#c62828' },
      { name: 'tone', values: days.map((day) => day.meanCompound), min: -1, max: 1, color: '#3949ab' },
    ];
  });
  protected readonly chartLabel = computed(() => {
    const days = this.history().series;
    const span =
      days.length === 0
        ? ''
        : ` (${formatDay(days[0].day, this.i18n.locale())} – ${formatDay(days[days.length - 1].day, this.i18n.locale())})`;
    return `${this.i18n.t('detail.authorChart')}${span}`;
  });
}
