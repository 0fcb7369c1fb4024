// Preloaded into the benchmark's server process only (`node --import tsx --import
// bench/server/serverProbe.ts server/index.ts`); the server itself never loads it. It
// answers the bench over the IPC channel of `fork` with readings only the process can
// take: the event-loop delay histogram (perf_hooks.monitorEventLoopDelay, reset at the
// start of a measuring window) and its own heap.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ProbeReading, ProbeRequest } from './probeProtocol.ts';


// The histogram records the time between runs of a timer due every RESOLUTION_MS (in ns);
// the delay is what exceeds that interval (as fastify's under-pressure reports it).
const RESOLUTION_MS = 10;
const loop = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
loop.enable();

function reading(): ProbeReading {
  const ms = (ns: number): number => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 100) / 100);
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
  // The IPC channel must not keep a server alive that is shutting down; and a bench that
  // died must not leave its server running: shut down as an operator's SIGTERM would.
  process.channel?.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
