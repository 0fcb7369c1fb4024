// `crash`: an application bug kills the process (a Python traceback, a Go panic, a
// segfault). The restart policy or the kubelet decides whether it comes back by itself;
// otherwise someone must read the log and start it again.
import { bugTrace, crashProcess } from '../crash.ts';
import { RUNNING_CONTAINER, recordContainer, runningContainerNames, targetContainer, validateRunningContainer, workloadsHealthy } from './common.ts';
import type { KindDef } from './types.ts';

export const crashKind: KindDef = {
  id: 'crash',
  needs: RUNNING_CONTAINER,
  variants: [],
  concepts: ['self-healing', 'observability'],
  alerts: ['ContainerExited', 'ContainerRestarting'],
  validate: validateRunningContainer,
  candidates: (world) => runningContainerNames(world, (c) => !c.profile.registry),
  inject(world, incident, sink) {
    const c = targetContainer(world, incident);
    if (!c) return;
    recordContainer(world, incident, c);
    const report = bugTrace(c.profile.command);
    incident.data.exitCode = report.exitCode;
    incident.data.command = c.profile.command;
    crashProcess(world, c, report, sink);
  },
  isResolved: (view, incident) => workloadsHealthy(view, incident),
};
