// Messages between the server bench and the probe preloaded into the server process
// (serverProbe.ts), over fork's IPC channel.

export interface ProbeRequest {
  /** reset/read the loop histogram; start/stop a CPU profile of the main thread (stop writes it to `path`). */
  probe: 'reset' | 'read' | 'profile-start' | 'profile-stop';
  seq: number;
  path?: string;
}

/** What the probe measured since its last reset; loop delays beyond the histogram's 10 ms timer. */
export interface ProbeReading {
  loopP50Ms: number;
  loopP99Ms: number;
  loopMaxMs: number;
  loopMeanMs: number;
  /** Delay samples in the histogram (one per ~10 ms of loop time). */
  loopSamples: number;
  heapUsedMiB: number;
}

export interface ProbeReply {
  probeReply: number;
  reading: ProbeReading;
}
