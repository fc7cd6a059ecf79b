import { AfterViewInit, ChangeDetectionStrategy, Component, ElementRef, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { I18n } from '@tenor/dashboard/data-access';
import { QUEUE_KEY_HELP } from '../keyboard/queue-keys';

/** The `?` overlay: every queue key and what it does, straight from the keyboard map. */
@Component({
  selector: 'tenor-keys-overlay',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  host: { class: 'keys-overlay', '(click)': 'closed.emit()' },
  template: `
    <section
      class="keys-overlay__panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="keys-overlay-title"
      tabindex="-1"
      data-testid="keys-overlay"
      (click)="$event.stopPropagation()"
    >
      <h2 id="keys-overlay-title">{{ i18n.t('keys.title') }}</h2>
      <dl>
        @for (entry of entries; track entry.descriptionKey) {
          <dt>
            @for (key of entry.keys; track key) {
              <kbd>{{ key }}</kbd>
            }
          </dt>
          <dd>{{ i18n.t(entry.descriptionKey) }}</dd>
        }
      </dl>
      <p class="keys-overlay__note">{{ i18n.t('keys.note') }}</p>
      <div class="keys-overlay__actions">
        <button mat-button type="button" (click)="closed.emit()">{{ i18n.t('common.dismiss') }}</button>
      </div>
    </section>
  `,
  styles: `
    :host {
      position: fixed;
      inset: 0;
      z-index: 1000;
      display: flex;
      align-items: center;
      justify-content: center;
      background: rgb(0 0 0 / 0.32);
    }
    .keys-overlay__panel {
      width: min(560px, 92vw);
      max-height: 90vh;
      overflow: auto;
      padding: 20px 24px 12px;
      border-radius: 16px;
      background: #fff;
      box-shadow: 0 8px 32px rgb(0 0 0 / 0.3);
      outline: none;
    }
    h2 {
      margin: 0 0 12px;
      font-size: 1.25rem;
      font-weight: 500;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 8px 16px;
      margin: 0;
    }
    dt {
      display: flex;
      gap: 4px;
      justify-content: flex-end;
    }
    dd {
      margin: 0;
    }
    kbd {
      min-width: 1.4em;
      padding: 1px 6px;
      border-radius: 4px;
      border: 1px solid #cfd8dc;
      border-bottom-width: 2px;
      text-align: center;
      font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
      font-size: 0.8125rem;
      background: #f5f7fa;
    }
    .keys-overlay__note {
      margin: 16px 0 0;
      font-size: 0.875rem;
      color: #546e7a;
    }
    .keys-overlay__actions {
      display: flex;
      justify-content: flex-end;
    }
  `,
})
export class KeysOverlayComponent implements AfterViewInit {
  protected readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Emitted when the overlay should close (backdrop click or the close button; the page handles ? and Esc). */
  readonly closed = output<void>();

  protected readonly entries = QUEUE_KEY_HELP;

  ngAfterViewInit(): void {
    this.host.nativeElement.querySelector<HTMLElement>('.keys-overlay__panel')?.focus();
  }
}
