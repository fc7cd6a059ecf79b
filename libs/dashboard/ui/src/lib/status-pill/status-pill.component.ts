import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CommentStatus } from '@tenor/contracts';

/** A comment's moderation status as a coloured pill. */
@Component({
  selector: 'tenor-status-pill',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'status-pill',
    '[class]': "'status-pill status-pill--' + status()",
    '[attr.data-status]': 'status()',
  },
  template: `{{ label() }}`,
  styles: `
    :host {
      display: inline-block;
      flex: none;
      padding: 2px 10px;
      border-radius: 12px;
      font-size: 0.8125rem;
      font-weight: 500;
      line-height: 1.5;
      white-space: nowrap;
      background: #eceff1;
      color: #37474f;
    }
    :host(.status-pill--approved) {
      background: #e8f5e9;
      color: #1b5e20;
    }
    :host(.status-pill--rejected) {
      background: #ffebee;
      color: #b71c1c;
    }
    :host(.status-pill--escalated) {
      background: #fff3e0;
      color: #e65100;
    }
  `,
})
export class StatusPillComponent {
  /** The status. */
  readonly status = input.required<CommentStatus>();
  /** Its translated label. */
  readonly label = input.required<string>();
}
