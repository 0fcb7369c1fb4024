// A bot process of the server bench (forked by botFleet.ts): holds a share of the
// reference room's players as RawBots, joins them a few at a time, sends the command
// lines the bench hands it, and reports what its bots received.
import { cpuUsage } from 'node:process';
import type { BotReply, BotRequest, CountersReport, JoinReport } from './botProtocol.ts';
import { RawBot, type BotCounters } from './rawClient.ts';

const bots: RawBot[] = [];

function reply(msg: BotReply): void {
  process.send?.(msg);
}

async function joinAll(req: Extract<BotRequest, { kind: 'join' }>): Promise<JoinReport> {
  const report: JoinReport = { joined: 0, joinMs: [], fullStateBytes: [], errors: [] };
  let next = 0;
  // `concurrency` joins in flight at a time, as players trickling in rather than one burst.
  const worker = async (): Promise<void> => {
    while (next < req.count) {
      const bot = new RawBot(`${req.label}${next++}`);
      try {
        await bot.join(req.url, { code: req.code });
        bots.push(bot);
        report.joined++;
        report.joinMs.push(bot.joinMs);
        report.fullStateBytes.push(bot.fullStateBytes);
      } catch (err) {
        if (report.errors.length < 10) report.errors.push(String((err as Error).message ?? err));
        bot.close();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, req.concurrency) }, worker));
  return report;
}

function counters(): CountersReport {
  const total: BotCounters = { socketBytes: 0, patches: 0, patchBytes: 0, messages: 0, messageBytes: 0, resultsOk: 0, resultsFailed: 0 };
  let minPatches = Infinity;
  let maxPatches = 0;
  const failures: string[] = [];
  for (const bot of bots) {
    const c = bot.snapshot();
    for (const k of Object.keys(total) as (keyof BotCounters)[]) total[k] += c[k];
    minPatches = Math.min(minPatches, c.patches);
    maxPatches = Math.max(maxPatches, c.patches);
    for (const f of bot.failures) if (failures.length < 5) failures.push(f);
  }
  const cpu = cpuUsage();
  return { bots: bots.length, total, minPatches: bots.length ? minPatches : 0, maxPatches, cpuSeconds: (cpu.user + cpu.system) / 1e6, failures };
}

// Without the bench there is nobody to report to.
process.once('disconnect', () => process.exit(0));

process.on('message', (raw: unknown) => {
  const req = raw as BotRequest;
  void (async () => {
    try {
      switch (req.kind) {
        case 'join':
          reply({ seq: req.seq, kind: 'join', report: await joinAll(req) });
          break;
        case 'commands':
          for (const c of req.commands) bots[c.bot]?.command(c.line);
          reply({ seq: req.seq, kind: 'commands', sent: req.commands.length });
          break;
        case 'counters':
          reply({ seq: req.seq, kind: 'counters', report: counters() });
          break;
        case 'close':
          for (const bot of bots) bot.close();
          reply({ seq: req.seq, kind: 'close' });
          // Lets the close frames go out, then ends (the channel would keep the process alive).
          setTimeout(() => process.exit(0), 200);
          break;
      }
    } catch (err) {
      reply({ seq: req.seq, kind: 'error', message: String((err as Error).message ?? err) });
    }
  })();
});
