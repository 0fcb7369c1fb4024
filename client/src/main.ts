// A first browser client: a console on the shared datacenter. The Phaser view of the
// datacenter comes with the client issue; this page already runs the real commands.
import { Client, type Room } from 'colyseus.js';
import { MSG, ROOM_NAME, type ResultMessage } from '../../shared/protocol/messages.ts';

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
  const params = new URLSearchParams(location.search);
  const scenario = params.get('scenario') ?? 'sandbox';
  const seed = Number(params.get('seed') ?? '1');
  const client = new Client(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`);
  status.textContent = 'connecting…';
  const room: Room = await client.create(ROOM_NAME, { mode: 'solo', scenario, seed });
  status.textContent = `scenario ${scenario}, seed ${seed}`;
  let serial = 0;
  room.onMessage(MSG.RESULT, (r: ResultMessage) => {
    if (r.output) print(r.output);
    if (!r.ok && r.error) print(r.error, 'err');
  });
  room.onStateChange((state: { tick: number }) => {
    status.textContent = `scenario ${scenario}, seed ${seed} — t=${state.tick}s`;
  });
  print('Type "help" to see the commands.');
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
  status.textContent = `could not connect: ${err instanceof Error ? err.message : String(err)}`;
});
