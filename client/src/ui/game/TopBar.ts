// The HUD's top bar: game time (and time left in a level), pause/resume and the 1×–8×
// speed buttons for those allowed to change time (a solo player, a facilitator), money,
// the team session's code and the connection status. Time controls send the session
// commands (`pause`, `resume`, `speed N`) through the console's path.
import * as cmd from '../../input/commandBuilders.ts';
import { t } from '../../i18n/index.ts';
import type { ClientStore } from '../../state/ClientStore.ts';
import { selectClock, selectMoney } from '../../state/selectors/hud.ts';
import { SPEEDS, selectPermissions } from '../../state/selectors/permissions.ts';
import type { CommandRunner } from './CommandRunner.ts';
import { el, setAttrs, setText } from './dom.ts';

const STATUS_ICON = { connecting: '◐', open: '●', reconnecting: '◐', closed: '○' } as const;

export class TopBar {
  readonly root: HTMLElement;
  private readonly clock = el('span', { class: 'hud-clock' });
  private readonly phase = el('span', { class: 'hud-phase' });
  private readonly left = el('span', { class: 'hud-left' });
  private readonly timeGroup = el('div', { class: 'hud-time-controls', role: 'group' });
  private readonly pauseButton = el('button', { type: 'button', class: 'hud-button' });
  private readonly speedGroup = el('div', { class: 'hud-speeds', role: 'group' });
  private readonly speedButtons: HTMLButtonElement[];
  private readonly balance = el('span', { class: 'hud-money' });
  private readonly flows = el('span', { class: 'hud-flows' });
  private readonly code = el('span', { class: 'hud-code' });
  private readonly status = el('span', { class: 'hud-status', role: 'status' });

  constructor(
    private readonly store: ClientStore,
    private readonly runner: CommandRunner,
    /** Extra controls the shell may place on the right (language switch…). */
    extra: HTMLElement | null = null,
  ) {
    this.speedButtons = SPEEDS.map((n) => {
      const b = el('button', { type: 'button', class: 'hud-button hud-speed', 'data-speed': n });
      b.addEventListener('click', () => void runner.runGui(cmd.speed(n)));
      return b;
    });
    this.speedGroup.append(...this.speedButtons);
    this.pauseButton.addEventListener('click', () => void runner.runGui(store.root.phase === 'paused' ? cmd.resume() : cmd.pause()));
    this.timeGroup.append(this.pauseButton, this.speedGroup);
    this.root = el(
      'header',
      { class: 'game-topbar' },
      el('div', { class: 'hud-time' }, this.clock, this.phase, this.left),
      this.timeGroup,
      el('div', { class: 'hud-money-box' }, this.balance, this.flows),
      this.code,
      this.status,
      extra,
    );
    this.render();
  }

  render(): void {
    const c = selectClock(this.store);
    const m = selectMoney(this.store);
    const may = selectPermissions(this.store);
    setText(this.clock, c.text);
    setText(this.phase, c.paused || c.ended ? `‖ ${c.phaseLabel}` : `▶ ${c.speedText}`);
    setText(this.left, c.timeLeft);
    this.left.hidden = c.timeLeft === '';

    // Hidden, not just disabled, for those who may not change time (players in a team, spectators).
    this.timeGroup.hidden = !may.canControlTime;
    setAttrs(this.timeGroup, { 'aria-label': t('hud.timeControls') });
    setAttrs(this.speedGroup, { 'aria-label': t('hud.speedGroup') });
    setText(this.pauseButton, c.paused ? `▶ ${t('hud.resume')}` : `‖ ${t('hud.pause')}`);
    setAttrs(this.pauseButton, { disabled: !may.canControlTime || c.ended, 'aria-label': c.paused ? t('hud.resume') : t('hud.pause') });
    this.speedButtons.forEach((b, i) => {
      const n = SPEEDS[i] ?? 1;
      setText(b, t('hud.speed', { speed: n }));
      setAttrs(b, { 'aria-pressed': String(n === c.speed), disabled: !may.canControlTime || c.ended, 'aria-label': t('hud.setSpeed', { speed: n }) });
    });

    setText(this.balance, `${t('hud.balance')} ${m.balance}${m.negative ? ` ${t('hud.inDebt')}` : ''}`);
    this.balance.classList.toggle('is-negative', m.negative);
    setText(this.flows, `${t('hud.revenue')} ${m.revenue} · ${t('hud.cost')} ${m.cost}`);
    const code = this.store.root.code;
    this.code.hidden = code === '';
    setText(this.code, code ? t('hud.code', { code }) : '');
    const status = this.store.status;
    setText(this.status, `${STATUS_ICON[status]} ${t(`conn.status.${status}`)}`);
    this.status.className = `hud-status status-${status}`;
  }
}
