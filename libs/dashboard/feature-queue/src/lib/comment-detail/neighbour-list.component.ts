import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { CommentView } from '@tenor/contracts';
import { I18n } from '@tenor/dashboard/data-access';
import { StatusPillComponent, formatDateTime } from '@tenor/dashboard/ui';

/** Characters of a neighbour's text shown in the list. */
const SNIPPET_LENGTH = 160;

/** The comments around one on the same article, oldest first, with the current one marked; a click opens another. */
@Component({
  selector: 'tenor-neighbour-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPillComponent],
  host: { 'data-testid': 'detail-neighbours' },
  template: `
    <ol class="neighbours">
      @for (row of rows(); track row.comment.id) {
        <li
          class="neighbours__item"
          data-testid="detail-neighbour"
          [class.neighbours__item--current]="row.isCurrent"
          [attr.data-current]="row.isCurrent"
          [attr.aria-current]="row.isCurrent ? 'true' : null"
        >
          <button
            type="button"
            class="neighbours__open"
            [disabled]="row.isCurrent"
            (click)="opened.emit(row.comment.id)"
          >
            <span class="neighbours__meta">
              <strong>{{ row.comment.author }}</strong>
              <time [attr.datetime]="row.comment.postedAt">{{ row.postedAt }}</time>
              @if (row.isCurrent) {
                <em>({{ i18n.t('detail.current') }})</em>
              }
              <tenor-status-pill [status]="row.comment.status" [label]="row.status" />
            </span>
            <span class="neighbours__snippet">{{ row.snippet }}</span>
          </button>
        </li>
      }
    </ol>
  `,
  styles: `
    .neighbours {
      list-style: none;
      margin: 0;
      padding: 0;
      font-size: 0.875rem;
    }
    .neighbours__item {
      border-left: 3px solid transparent;
      margin-bottom: 2px;
    }
    .neighbours__item--current {
      border-left-color: var(--mat-sys-primary, #3f51b5);
      background: #eef1fb;
    }
    .neighbours__open {
      display: block;
      width: 100%;
      padding: 6px 8px;
      border: none;
      background: none;
      text-align: left;
      font: inherit;
      color: inherit;
      cursor: pointer;
      &:disabled {
        cursor: default;
      }
      &:not(:disabled):hover {
        background: rgb(0 0 0 / 0.04);
      }
    }
    .neighbours__meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 2px 8px;
    }
    time {
      color: #607d8b;
    }
    .neighbours__snippet {
      display: block;
      margin-top: 2px;
      color: #455a64;
      overflow-wrap: anywhere;
    }
  `,
})
export class NeighbourListComponent {
  protected readonly i18n = inject(I18n);

  /** The neighbours, the current comment included. */
  readonly neighbours = input.required<readonly CommentView[]>();
  /** Id of the comment the detail shows. */
  readonly currentId = input.required<number>();

  /** Emitted with the id of a neighbour to open. */
  readonly opened = output<number>();

  protected readonly rows = computed(() =>
    this.neighbours().map((comment) => {
      const text = comment.title ? `${comment.title} – ${comment.body}` : comment.body;
      return {
        comment,
        isCurrent: comment.id === this.currentId(),
        postedAt: formatDateTime(comment.postedAt, this.i18n.locale()),
        status: this.i18n.t(`status.${comment.status}` as const),
        snippet: text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH).trimEnd()} …` : text,
      };
    }),
  );
}
