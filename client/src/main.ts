// A first browser client: a console on the shared datacenter. The Phaser view of the
// datacenter comes with the client issue; this page already runs the real commands.
import { Client, type Room } from 'colyseus.js';
import { MSG, ROOM_NAME, type ResultMessage } from '../../shared/protocol/messages.ts';
import { translate, type Lang } from '../../shared/i18n/index.ts';
import { clock } from '../../shared/sim/units.ts';

const params = new URLSearchParams(location.search);
const lang: Lang = params.get('lang') === 'ko' || (!params.get('lang') && navigator.language.startsWith('ko')) ? 'ko' : 'en';
const t = (key: string, p: Record<string, string | number> = {}) => translate(lang, `console.${key}`, p);
document.documentElement.lang = lang;

const transcript = document.getElementById('transcript') as HTMLPreElement;
const form = document.getElementById('console-form') as HTMLFormElement;
const input = document.getElementById('command') as HTMLInputElement;
const status = document.getElementById('status') as HTMLParagraphElement;

function print(text: string, cls?: string): void {
  const span = document.createElement('span');
  if (cls) span.className = cls;
  span.textContent = `${text}\n`;
  transcript.append(span);
  transcript.scrollTop = transcript.scrollHeight;
}

async function start(): Promise<void> {
  const scenario = params.get('scenario') ?? 'sandbox';
  const seed = Number(params.get('seed') ?? '1');
  const client = new Client(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`);
  (document.getElementById('command-label') as HTMLLabelElement).textContent = t('command');
  status.textContent = t('connecting');
  const room: Room = await client.create(ROOM_NAME, { mode: 'solo', scenario, seed, lang });
  status.textContent = t('status', { scenario, seed, time: clock(0) });
  let serial = 0;
  room.onMessage(MSG.RESULT, (r: ResultMessage) => {
    if (r.output) print(r.output);
    if (!r.ok && r.error) print(r.error, 'err');
  });
  room.onStateChange((state: { tick: number }) => {
    status.textContent = t('status', { scenario, seed, time: clock(state.tick) });
  });
  print(t('intro'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const line = input.value.trim();
    if (!line) return;
    print(`$ ${line}`, 'cmd');
    room.send(MSG.COMMAND, { id: `c${++serial}`, line });
    input.value = '';
  });
  input.focus();
}

start().catch((err: unknown) => {
  status.textContent = t('cannotConnect', { reason: err instanceof Error ? err.message : String(err) });
});
