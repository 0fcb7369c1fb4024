// Preloaded into the benchmark's server process only (`node --import tsx --import
// bench/server/serverProbe.ts server/index.ts`); the server itself never loads it. It
// answers the bench over the IPC channel of `fork` with readings only the process can
// take: the event-loop delay histogram (perf_hooks.monitorEventLoopDelay, reset at the
// start of a measuring window) and its own heap.
//
// It also raises the team-seat cap to NINES_BENCH_SEATS before the server reads it: the
// server has no setting for the number of seats yet (40 by default), and the reference
// room needs 500. Once the server takes the cap from its configuration, this goes.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DEFAULT_ROOM_SETTINGS } from '../../server/rooms/roomServices.ts';
import type { ProbeReading, ProbeRequest } from './probeProtocol.ts';

const seats = Number(process.env.NINES_BENCH_SEATS ?? '');
if (Number.isInteger(seats) && seats > DEFAULT_ROOM_SETTINGS.maxTeamSeats) DEFAULT_ROOM_SETTINGS.maxTeamSeats = seats;

// 10 ms is the histogram's default sampling; delays are recorded in nanoseconds.
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();

function reading(): ProbeReading {
  const ms = (ns: number): number => Math.round(ns / 1e4) / 100;
  const mem = process.memoryUsage();
  return {
    loopP50Ms: ms(loop.percentile(50)),
    loopP99Ms: ms(loop.percentile(99)),
    loopMaxMs: ms(loop.max),
    loopMeanMs: ms(loop.mean),
    loopSamples: loop.count,
    heapUsedMiB: Math.round(mem.heapUsed / 1024 / 102.4) / 10,
  };
}

let profiler: Session | null = null;

function post(session: Session, method: string): Promise<unknown> {
  return new Promise((resolve, reject) => session.post(method, (err, result) => (err ? reject(err) : resolve(result))));
}

async function profile(req: ProbeRequest): Promise<void> {
  if (req.probe === 'profile-start' && !profiler) {
    profiler = new Session();
    profiler.connect();
    await post(profiler, 'Profiler.enable');
    await post(profiler, 'Profiler.start');
  } else if (req.probe === 'profile-stop' && profiler) {
    const { profile: result } = (await post(profiler, 'Profiler.stop')) as { profile: unknown };
    profiler.disconnect();
    profiler = null;
    if (req.path) writeFileSync(req.path, JSON.stringify(result));
  }
}

if (process.send) {
  process.on('message', (raw: unknown) => {
    const req = raw as ProbeRequest;
    if (!req || typeof req.probe !== 'string' || typeof req.seq !== 'number') return;
    void (async () => {
      if (req.probe === 'reset') loop.reset();
      else if (req.probe !== 'read') await profile(req);
      process.send?.({ probeReply: req.seq, reading: reading() });
    })();
  });
  // The IPC channel must not keep a server alive that is shutting down.
  process.channel?.unref();
}
