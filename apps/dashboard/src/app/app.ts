import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { I18n } from '@tenor/dashboard/data-access';

/** The shell: toolbar with the page links and the language switch, and the routed page below. */
@Component({
  selector: 'tenor-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatToolbarModule, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly i18n = inject(I18n);

  protected readonly navigationLinks = [
    { path: '/queue', labelKey: 'nav.queue', testId: 'nav-queue' },
    { path: '/articles', labelKey: 'nav.articles', testId: 'nav-articles' },
    { path: '/trends', labelKey: 'nav.trends', testId: 'nav-trends' },
  ] as const;
}
