import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/** A visible error message with optional retry and dismiss buttons (each shown only when its label is given). */
@Component({
  selector: 'tenor-error-banner',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert', class: 'error-banner', 'data-testid': 'error-banner' },
  template: `
    <span class="error-banner__text"
      ><strong>{{ title() }}</strong> {{ message() }}</span
    >
    @if (retryLabel()) {
      <button mat-button type="button" (click)="retry.emit()">{{ retryLabel() }}</button>
    }
    @if (dismissLabel()) {
      <button mat-button type="button" (click)="dismiss.emit()">{{ dismissLabel() }}</button>
    }
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 8px;
      flex-wrap: wrap;
      padding: 8px 16px;
      margin: 8px 0;
      border-radius: 4px;
      background: #fdecea;
      color: #8c1d18;
      border-left: 4px solid #b3261e;
    }
    .error-banner__text {
      flex: 1 1 auto;
      overflow-wrap: anywhere;
    }
  `,
})
export class ErrorBannerComponent {
  /** A short heading such as "Fehler". */
  readonly title = input('');
  /** The message, typically from the API. */
  readonly message = input.required<string>();
  /** Label of the retry button. */
  readonly retryLabel = input('');
  /** Label of the dismiss button. */
  readonly dismissLabel = input('');
  /** Emitted when the user asks to retry. */
  readonly retry = output<void>();
  /** Emitted when the user dismisses the banner. */
  readonly dismiss = output<void>();
}
