// What the app does between screens: loads the menu and the profile, turns the router's
// route into a screen, and runs the flows that enter a room (solo from a briefing or
// the sandbox, hosting and joining a team session, resuming after a reload), the game,
// and the debrief. Leaving a room-holding screen leaves the room.
import type { WelcomeMessage } from '../../../shared/protocol/messages.ts';
import { getLanguage, t } from '../i18n/index.ts';
import { pause, resume } from '../input/commandBuilders.ts';
import type { DebriefMessage, GameConnection } from '../net/GameConnection.ts';
import type { ClientStore } from '../state/ClientStore.ts';
import { announce } from '../ui/common/announcer.ts';
import { loadConceptTexts } from '../ui/common/conceptTexts.ts';
import { focusElement, onEscape } from '../ui/common/focus.ts';
import { loadUiFonts } from '../ui/common/fonts.ts';
import type { Notice } from '../ui/common/notice.ts';
import { createStatusScreen } from '../ui/common/StatusScreen.ts';
import { createBriefingScreen } from '../ui/briefing/BriefingScreen.ts';
import { createDebriefScreen } from '../ui/debrief/DebriefScreen.ts';
import { createHomeScreen, type HomeData, type HomeScreen } from '../ui/home/HomeScreen.ts';
import { createHostScreen } from '../ui/home/HostScreen.ts';
import { createJoinScreen } from '../ui/home/JoinScreen.ts';
import { createLobbyScreen } from '../ui/home/LobbyScreen.ts';
import type { ApiClient, Profile } from './ApiClient.ts';
import type { AppShell } from './AppShell.ts';
import { buildCampaign, hostableScenarios, mergeStars, nextLevel, sandboxScenarios } from './campaign.ts';
import { createErrorText, joinErrorText, type ErrorText } from './errors.ts';
import { createOptions, joinOptions } from './gameOptions.ts';
import { loadGameScreen, type GameScreenHandle } from './gameScreen.ts';
import { leavesRoom, titleKey, type Route, type Router } from './router.ts';
import type { ScenarioInfo } from './scenarioCatalog.ts';

export interface AppControllerDeps {
  shell: AppShell;
  router: Router;
  connection: GameConnection;
  store: ClientStore;
  api: ApiClient;
}

export class AppController {
  private scenarios: ScenarioInfo[] | null = null;
  private profile: Profile | null = null;
  private loadError = '';
  private readonly starsSeen = new Map<string, number>();
  private home: HomeScreen | null = null;
  private homeNotice: Notice | null = null;
  private game: GameScreenHandle | null = null;
  private debrief: DebriefMessage | null = null;
  private lobbyCode = '';
  /** The current screen is a placeholder waiting for the menu (host, briefing). */
  private waitingForData = false;

  constructor(private readonly deps: AppControllerDeps) {
    deps.router.subscribe((to, from) => this.onRoute(to, from));
    deps.connection.on('debrief', (d) => this.onDebrief(d));
    deps.connection.on('status', (status) => {
      const route = deps.router.current.name;
      if (status === 'closed' && (route === 'game' || route === 'lobby')) this.goHome({ key: 'app.connectionLost', tone: 'error' });
    });
    onEscape(() => deps.router.back());
  }

  // ---- data ----

  /** Reads the scenario menu and the profile (creating it on the first visit). */
  async loadData(): Promise<void> {
    this.loadError = '';
    void loadConceptTexts().then((ok) => ok && this.deps.shell.refresh());
    const [scenarios, profile] = await Promise.allSettled([this.deps.api.scenarios(), this.deps.api.profile(getLanguage())]);
    if (scenarios.status === 'fulfilled') this.scenarios = scenarios.value;
    else this.loadError = scenarios.reason instanceof Error ? scenarios.reason.message : String(scenarios.reason);
    if (profile.status === 'fulfilled') this.profile = profile.value;
    this.dataChanged();
  }

  private async reloadProfile(): Promise<void> {
    try {
      this.profile = await this.deps.api.profile(getLanguage());
      this.dataChanged();
    } catch {
      // The stars seen in this page still count (starsSeen); the next load tries again.
    }
  }

  private dataChanged(): void {
    const route = this.deps.router.current;
    if (this.profile?.nickname) this.deps.shell.current?.suggestName?.(this.profile.nickname);
    if (route.name === 'home') this.home?.update(this.homeData());
    else if (this.waitingForData && (route.name === 'host' || route.name === 'briefing')) {
      if (this.scenarios) this.render(route);
      else this.goHome();
    }
  }

  private campaign() {
    return buildCampaign(this.scenarios ?? [], mergeStars(this.profile?.progress ?? [], this.starsSeen));
  }

  private homeData(): HomeData {
    const status = this.scenarios ? 'ready' : this.loadError ? 'failed' : 'loading';
    return { status, error: this.loadError, campaign: this.campaign(), sandboxes: sandboxScenarios(this.scenarios ?? []), nickname: this.profile?.nickname ?? '' };
  }

  private scenario(id: string): ScenarioInfo | null {
    return this.scenarios?.find((s) => s.id === id) ?? null;
  }

  // ---- flows ----

  goHome(notice: Notice | null = null): void {
    this.homeNotice = notice;
    if (this.deps.router.current.name === 'home') this.home?.showNotice(notice);
    else this.deps.router.go({ name: 'home' });
  }

  /** Starts a solo game now (deep link, sandbox): the connecting screen, then the game or Home with the reason. */
  async startSoloNow(scenario: string, seed: number | null): Promise<void> {
    // With the menu at hand, a scenario that is not in it is named plainly (the server's
    // refusal lists every id and speaks of files).
    if (this.scenarios && !this.scenario(scenario)) return this.goHome({ key: 'app.error.unknownScenario', params: { id: scenario }, tone: 'error' });
    this.deps.router.go({ name: 'connecting' });
    const failure = await this.startSolo(scenario, seed);
    if (failure) this.goHome({ key: failure.key, params: failure.params, tone: 'error' });
  }

  private startSolo(scenario: string, seed: number | null): Promise<ErrorText | null> {
    const options = createOptions({ mode: 'solo', scenario, seed, name: this.profile?.nickname ?? '', lang: getLanguage() });
    return this.enter(() => this.deps.connection.create(options), createErrorText, () => this.deps.router.go({ name: 'game' }));
  }

  /** Runs `open`; on success `then()`, on failure the reason for the screen that asked. */
  private async enter(open: () => Promise<WelcomeMessage>, describe: (err: unknown) => ErrorText, then: (w: WelcomeMessage) => void): Promise<ErrorText | null> {
    this.debrief = null;
    try {
      const welcome = await open();
      then(welcome);
      return null;
    } catch (err) {
      return describe(err);
    }
  }

  /** After a reload: back into this tab's game, if the server still holds the seat. */
  async resume(): Promise<boolean> {
    const welcome = await this.deps.connection.resume();
    if (!welcome) return false;
    this.debrief = null;
    this.deps.router.go({ name: 'game' });
    announce(t('app.resumed'));
    return true;
  }

  private onDebrief(d: DebriefMessage): void {
    this.debrief = d;
    const scenario = this.deps.store.root.scenario;
    if (scenario && d.objectives.length > 0) this.starsSeen.set(scenario, Math.max(this.starsSeen.get(scenario) ?? 0, d.stars));
    void this.reloadProfile();
    const route = this.deps.router.current.name;
    if (route === 'game' || route === 'lobby') this.deps.router.go({ name: 'debrief' });
  }

  // ---- routes → screens ----

  /** Shows the router's current route (the first paint, before any navigation). */
  showCurrent(): void {
    this.render(this.deps.router.current);
  }

  private onRoute(to: Route, from: Route): void {
    if (from.name === 'game' && this.game) {
      this.game.destroy();
      this.game = null;
    }
    if (leavesRoom(from, to)) void this.deps.connection.leave();
    this.render(to);
  }

  private render(route: Route): void {
    const { shell, router } = this.deps;
    this.home = null;
    this.waitingForData = false;
    switch (route.name) {
      case 'loading':
        return shell.show(createStatusScreen('app.loading', null), titleKey(route));
      case 'connecting':
        return shell.show(createStatusScreen('app.connecting.heading', 'app.connecting.detail'), titleKey(route));
      case 'home': {
        const home = createHomeScreen(this.homeData(), {
          openLevel: (level) => router.go({ name: 'briefing', scenario: level.scenario.id }),
          playSandbox: (s) => void this.startSoloNow(s.id, null),
          join: () => router.go({ name: 'join', code: '' }),
          host: () => router.go({ name: 'host' }),
          retry: () => void this.loadData(),
        });
        home.showNotice(this.homeNotice);
        this.homeNotice = null;
        this.home = home;
        return shell.show(home, titleKey(route));
      }
      case 'join':
        return shell.show(
          createJoinScreen({ code: route.code, name: this.profile?.nickname ?? '' }, {
            submit: (v) => this.enter(() => this.deps.connection.join(joinOptions({ ...v, lang: getLanguage() })), joinErrorText, () => router.go({ name: 'game' })),
            back: () => router.go({ name: 'home' }),
          }),
          titleKey(route),
        );
      case 'host':
        if (!this.scenarios) return this.showWaiting('app.title.host');
        return shell.show(
          createHostScreen(hostableScenarios(this.scenarios), { name: this.profile?.nickname ?? '' }, {
            submit: (v) => this.enter(() => this.deps.connection.create(createOptions({ mode: 'team', ...v, lang: getLanguage() })), createErrorText, (w) => this.openLobby(w)),
            back: () => router.go({ name: 'home' }),
          }),
          titleKey(route),
        );
      case 'lobby':
        return shell.show(
          createLobbyScreen(this.deps.store, this.lobbyCode, {
            start: () => {
              void this.deps.store.run(resume(), 'gui');
              router.go({ name: 'game' });
            },
            close: () => router.go({ name: 'home' }),
          }),
          titleKey(route),
        );
      case 'briefing':
        return this.renderBriefing(route.scenario);
      case 'game':
        return void this.mountGame();
      case 'debrief':
        return this.renderDebrief();
    }
  }

  private showWaiting(title: string): void {
    this.waitingForData = true;
    this.deps.shell.show(createStatusScreen('app.loading', null, { key: 'app.back', run: () => this.deps.router.go({ name: 'home' }) }), title);
  }

  private openLobby(welcome: WelcomeMessage): void {
    this.lobbyCode = welcome.code;
    // The clock waits for the players: the facilitator starts it from the lobby.
    void this.deps.store.run(pause(), 'gui');
    this.deps.router.go({ name: 'lobby' });
  }

  private renderBriefing(id: string): void {
    const { shell, router } = this.deps;
    const scenario = this.scenario(id);
    if (!scenario) {
      if (!this.scenarios) return this.showWaiting('app.title.briefing');
      return this.goHome({ key: 'app.error.unknownScenario', params: { id }, tone: 'error' });
    }
    shell.show(createBriefingScreen(scenario, { start: () => this.startSolo(scenario.id, null), back: () => router.go({ name: 'home' }) }), 'app.title.briefing');
  }

  private async mountGame(): Promise<void> {
    const [mount] = await Promise.all([loadGameScreen(), loadUiFonts()]);
    if (this.deps.router.current.name !== 'game' || this.game) return;
    const area = this.deps.shell.gameArea('app.title.game');
    this.game = mount(area, { store: this.deps.store, connection: this.deps.connection, onLeave: () => this.deps.router.go({ name: 'home' }) });
    // Keyboard play starts at the console, unless the game screen put focus somewhere itself.
    if (!area.contains(document.activeElement)) focusElement(area.querySelector<HTMLElement>('input[type="text"], input:not([type])') ?? area);
    announce(t('app.gameStarted'));
  }

  private renderDebrief(): void {
    const d = this.debrief;
    const { router } = this.deps;
    if (!d) return this.goHome();
    const scenario = this.scenario(this.deps.store.root.scenario);
    const solo = this.deps.store.me?.mode !== 'team';
    const next = scenario ? nextLevel(this.campaign(), scenario.id) : null;
    const objectiveTitles = new Map((scenario?.objectives ?? []).map((o) => [o.id, o.title]));
    const screen = createDebriefScreen(d, { title: scenario?.title ?? null, level: scenario?.level ?? null, objectiveTitles }, {
      ...(solo && next?.unlocked ? { next: () => router.go({ name: 'briefing', scenario: next.scenario.id }) } : {}),
      ...(solo && scenario ? { retry: () => (scenario.isLevel ? router.go({ name: 'briefing', scenario: scenario.id }) : void this.startSoloNow(scenario.id, null)) } : {}),
      home: () => router.go({ name: 'home' }),
    });
    this.deps.shell.show(screen, 'app.title.debrief');
  }
}
