// Starts the client: settings and language first (so the first paint is right), then
// the one connection and store of the page, the shell and the controller; then, in
// this order, a dropped game of this tab is resumed, or the deep link is followed, or
// Home is shown. A followed link leaves the address (but for ?lang=) so that a reload
// resumes the game instead of starting another.
import { initI18n } from '../i18n/index.ts';
import { ColyseusConnection } from '../net/ColyseusConnection.ts';
import { browserStorage, STORAGE_KEYS } from '../net/storage.ts';
import { ClientStore } from '../state/ClientStore.ts';
import { setMotionSetting } from '../ui/common/motion.ts';
import type { Notice } from '../ui/common/notice.ts';
import { ApiClient } from './ApiClient.ts';
import { AppController } from './AppController.ts';
import { AppShell } from './AppShell.ts';
import { loadGameScreen } from './gameScreen.ts';
import { parseDeepLink, withoutStartParams } from './deepLinks.ts';
import { Router } from './router.ts';
import { SettingsStore, TEXT_SCALE, type Settings } from './settings.ts';

function applySettings(s: Settings): void {
  setMotionSetting(s.motion);
  document.documentElement.style.fontSize = `${TEXT_SCALE[s.textSize]}%`;
  document.documentElement.dataset.textSize = s.textSize;
}

export interface AppHandles {
  store: ClientStore;
  connection: ColyseusConnection;
  router: Router;
}

export async function startApp(root: HTMLElement): Promise<AppHandles> {
  const settings = new SettingsStore(browserStorage('local'));
  applySettings(settings.current);
  settings.subscribe(applySettings);
  initI18n();

  const link = parseDeepLink(location.search);
  const connection = new ColyseusConnection();
  const store = new ClientStore(connection);
  const router = new Router();
  const shell = new AppShell(root, settings);
  const app = new AppController({ shell, router, connection, store, api: new ApiClient() });
  app.showCurrent();
  const loaded = app.loadData();
  // Fetch the game (Phaser) while Home is read, so starting a game does not wait for it.
  void loaded.then(() => loadGameScreen()).catch(() => undefined);

  const hadSeat = browserStorage('session').getItem(STORAGE_KEYS.reconnect) !== null;
  const resumed = hadSeat && (await app.resume());
  if (link.start) history.replaceState(history.state, '', `${location.pathname}${withoutStartParams(location.search)}${location.hash}`);
  if (!resumed) {
    const problem: Notice | null = link.problems.length ? { key: `app.link.${link.problems[0]}`, tone: 'error' } : null;
    if (link.start?.kind === 'solo') {
      const { scenario, seed } = link.start;
      void loaded.then(() => app.startSoloNow(scenario, seed));
    }
    else if (link.start?.kind === 'join') router.go({ name: 'join', code: link.start.code });
    else app.goHome(problem);
  }
  return { store, connection, router };
}
