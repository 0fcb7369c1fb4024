// The browser client's entry: the self-hosted Korean-capable font (Noto Sans KR 400;
// the browser fetches only the unicode-range subsets a page shows, and bold is
// synthesised: a second weight would double the font CSS), the styles, then the
// app (client/src/app/bootstrap.ts). The page's handles are exposed as `__nines` for
// browser tests and debugging in the console.
import '@fontsource/noto-sans-kr/400.css';
import './styles/theme.css';
import './styles/screens.css';
import { startApp } from './app/bootstrap.ts';

const root = document.getElementById('app');
if (root) {
  startApp(root).then(
    (handles) => Object.defineProperty(globalThis, '__nines', { value: handles, configurable: true }),
    (err: unknown) => {
      console.error('Nines could not start', err);
      root.textContent = `Nines could not start: ${err instanceof Error ? err.message : String(err)}`;
    },
  );
}
