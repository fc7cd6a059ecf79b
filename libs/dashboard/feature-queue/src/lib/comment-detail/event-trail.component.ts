import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ModerationEventView } from '@tenor/contracts';
import { I18n } from '@tenor/dashboard/data-access';
import { StatusPillComponent, formatDateTime } from '@tenor/dashboard/ui';

/** A comment's audit trail, oldest first: when, who, what, from which status to which, reason and note. */
@Component({
  selector: 'tenor-event-trail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPillComponent],
  host: { 'data-testid': 'detail-audit-trail' },
  template: `
    @if (rows().length === 0) {
      <p class="event-trail__empty">{{ i18n.t('detail.trailEmpty') }}</p>
    } @else {
      <ol class="event-trail">
        @for (row of rows(); track row.event.id) {
          <li
            class="event-trail__event"
            data-testid="detail-audit-event"
            [attr.data-action]="row.event.action"
          >
            <div class="event-trail__line">
              <time [attr.datetime]="row.event.at">{{ row.at }}</time>
              <strong>{{ row.event.actor }}</strong>
              <span>{{ row.action }}</span>
            </div>
            <div class="event-trail__line">
              <tenor-status-pill [status]="row.event.fromStatus" [label]="row.from" />
              <span aria-hidden="true">→</span>
              <tenor-status-pill [status]="row.event.toStatus" [label]="row.to" />
              @if (row.reason) {
                <span class="event-trail__reason">{{ row.reason }}</span>
              }
            </div>
            @if (row.event.note) {
              <p class="event-trail__note">{{ row.event.note }}</p>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .event-trail {
      list-style: none;
      margin: 0;
      padding: 0 0 0 10px;
      border-left: 2px solid #cfd8dc;
      font-size: 0.875rem;
    }
    .event-trail__event {
      padding: 4px 0 8px;
    }
    .event-trail__line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
    }
    time {
      color: #607d8b;
      font-variant-numeric: tabular-nums;
    }
    .event-trail__reason {
      font-weight: 500;
    }
    .event-trail__note {
      margin: 4px 0 0;
      color: #455a64;
      font-style: italic;
      overflow-wrap: anywhere;
    }
    .event-trail__empty {
      margin: 0;
      color: #607d8b;
      font-size: 0.875rem;
    }
  `,
})
export class EventTrailComponent {
  protected readonly i18n = inject(I18n);

  /** The events, oldest first. */
  readonly events = input.required<readonly ModerationEventView[]>();

  protected readonly rows = computed(() =>
    this.events().map((event) => ({
      event,
      at: formatDateTime(event.at, this.i18n.locale()),
      action: this.i18n.t(`action.${event.action}` as const),
      from: this.i18n.t(`status.${event.fromStatus}` as const),
      to: this.i18n.t(`status.${event.toStatus}` as const),
      reason: event.reason === null ? null : this.i18n.t(`reason.${event.reason}` as const),
    })),
  );
}
