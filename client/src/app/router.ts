// Which screen the app shows, as plain data: the routes, where Escape / Back leads from
// each, where a page load lands (deep link, resumed game), and which moves leave the
// room. The shell renders whatever the router holds; nothing here touches the DOM.
import type { DeepLink } from './deepLinks.ts';

export type Route =
  | { name: 'loading' }
  | { name: 'home' }
  | { name: 'join'; code: string }
  | { name: 'host' }
  /** A team session was created: its code to share, who has joined. */
  | { name: 'lobby' }
  | { name: 'briefing'; scenario: string }
  | { name: 'connecting' }
  | { name: 'game' }
  | { name: 'debrief' };

export type RouteName = Route['name'];

/** Screens that hold a seat in a room. */
const IN_ROOM: ReadonlySet<RouteName> = new Set(['lobby', 'game', 'debrief']);

/** Where Escape (or the screen's Back button) leads, or null where it must not act. */
export function backOf(route: Route): Route | null {
  switch (route.name) {
    case 'join':
    case 'host':
    case 'briefing':
    case 'debrief':
      return { name: 'home' };
    default:
      // In a game Escape belongs to the game (menus, console); connecting and the
      // lobby leave a room only through their own buttons.
      return null;
  }
}

/** Where a page load lands once the resume attempt is known. */
export function startRoute(link: DeepLink, resumed: boolean): Route {
  if (resumed) return { name: 'game' };
  if (link.start?.kind === 'solo') return { name: 'connecting' };
  if (link.start?.kind === 'join') return { name: 'join', code: link.start.code };
  return { name: 'home' };
}

/** Whether moving between two routes gives up the seat (the shell then leaves the room). */
export function leavesRoom(from: Route, to: Route): boolean {
  return IN_ROOM.has(from.name) && !IN_ROOM.has(to.name) && to.name !== 'connecting';
}

/** i18n key of the document title on a route. */
export function titleKey(route: Route): string {
  return `app.title.${route.name}`;
}

export function sameRoute(a: Route, b: Route): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The current route, with listeners told of each change (from, to). */
export class Router {
  private route: Route = { name: 'loading' };
  private readonly listeners = new Set<(to: Route, from: Route) => void>();

  get current(): Route {
    return this.route;
  }

  go(to: Route): void {
    const from = this.route;
    if (sameRoute(from, to)) return;
    this.route = to;
    for (const listener of [...this.listeners]) listener(to, from);
  }

  /** Follows backOf(); false when the current screen has no way back. */
  back(): boolean {
    const to = backOf(this.route);
    if (!to) return false;
    this.go(to);
    return true;
  }

  subscribe(listener: (to: Route, from: Route) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}
