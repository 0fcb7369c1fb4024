// Alerts spoken to screen-reader users through the page's live region (ui/common's
// announcer): each newly firing alert with its severity, summary and subject, several
// at once in one message (a new message replaces one not yet read). Alerts already
// firing when the screen opens are summed up as a count instead of read one by one.
import { t } from '../../i18n/index.ts';
import type { ClientStore } from '../../state/ClientStore.ts';
import { selectAlerts } from '../../state/selectors/hud.ts';
import { announce } from '../common/announcer.ts';

export class Announcer {
  private readonly seen = new Set<string>();
  private primed = false;

  constructor(
    private readonly store: ClientStore,
    private readonly say: (text: string) => void = announce,
  ) {}

  /** Announces alerts that started firing since the last call. */
  checkAlerts(): void {
    const firing = selectAlerts(this.store).filter((a) => a.firing);
    const fresh = firing.filter((a) => !this.seen.has(a.id));
    for (const a of fresh) this.seen.add(a.id);
    if (fresh.length === 0) {
      this.primed ||= this.store.status === 'open';
      return;
    }
    if (!this.primed) {
      this.primed = this.store.status === 'open';
      this.say(t('hud.alertsFiring', { count: firing.length }));
      return;
    }
    // Critical first: if the reader is cut short, the worst is heard.
    const ordered = [...fresh].sort((a, b) => Number(b.severity === 'critical') - Number(a.severity === 'critical'));
    this.say(ordered.map((a) => t('hud.alertAnnounce', { severity: a.severityLabel, summary: a.summary, subject: a.subject })).join(' '));
  }
}
