import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { CommentStatus, DecisionAction } from '@tenor/contracts';
import { DECISION_ACTIONS, DECISION_TARGET_STATUS } from '@tenor/contracts';
import { I18n } from '@tenor/dashboard/data-access';

/** Approve, reject and escalate buttons; the one leading to the current status is disabled. */
@Component({
  selector: 'tenor-decision-buttons',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @for (action of actions; track action) {
      <button
        [matButton]="action === 'approve' ? 'filled' : 'outlined'"
        type="button"
        [attr.data-testid]="testIdPrefix() + '-' + action"
        [disabled]="isBusy() || currentStatus() === targetStatus[action]"
        (click)="decided.emit(action)"
      >
        {{ i18n.t(labels[action]) }}
      </button>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class DecisionButtonsComponent {
  protected readonly i18n = inject(I18n);
  protected readonly actions = DECISION_ACTIONS;
  protected readonly targetStatus = DECISION_TARGET_STATUS;
  protected readonly labels = {
    approve: 'queue.approve',
    reject: 'queue.reject',
    escalate: 'queue.escalate',
  } as const;

  /** Prefix of each button's data-testid (`<prefix>-approve` …). */
  readonly testIdPrefix = input.required<string>();
  /** Whether a decision is on its way. */
  readonly isBusy = input(false);
  /** The status the selection has now, when it has one. */
  readonly currentStatus = input<CommentStatus | null>(null);
  /** Emitted with the chosen action. */
  readonly decided = output<DecisionAction>();
}
