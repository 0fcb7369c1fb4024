// What a dying process leaves in its log, in the words of its runtime: a Python
// traceback, a Go panic, a segfault, a .NET unhandled exception, and the exit code the
// runtime ends with. An app bug and a bad config look different, and players learn to
// read `docker logs` / `kubectl logs` for the difference.
import { endRun, logLine } from '../containers.ts';
import type { EventSink } from '../events.ts';
import type { Container, World } from '../model.ts';

export interface CrashReport {
  lines: string[];
  exitCode: number;
}

/** The stack trace of an application bug, by the process that runs. */
export function bugTrace(command: string): CrashReport {
  if (command === 'gunicorn' || command.startsWith('python')) {
    return {
      lines: [
        'Traceback (most recent call last):',
        '  File "/app/shop/views.py", line 88, in checkout',
        '    total = sum(line.price * line.qty for line in cart.lines)',
        "AttributeError: 'NoneType' object has no attribute 'lines'",
      ],
      exitCode: 1,
    };
  }
  if (command === 'registry' || command.endsWith('-go')) {
    return {
      lines: [
        'panic: runtime error: invalid memory address or nil pointer dereference',
        '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6d2f4a]',
        '',
        'goroutine 42 [running]:',
        'main.(*handler).ServeHTTP(0xc0001a2000, {0x8c1f20, 0xc0002b4000}, 0xc0002c6000)',
        '\t/src/handler.go:57 +0x2a',
      ],
      exitCode: 2,
    };
  }
  if (command.endsWith('.exe')) {
    return {
      lines: [
        'Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.',
        '   at Billing.Invoice.Total() in C:\\billing\\Invoice.cs:line 42',
      ],
      // 0xE0434352, the CLR's exception code, as an unsigned exit status.
      exitCode: 3762504530,
    };
  }
  // A native program dereferencing NULL: the kernel sends SIGSEGV (128 + 11).
  return { lines: [`${command}: Segmentation fault (core dumped)`], exitCode: 139 };
}

/** The error of a process that cannot start with its configuration (a database host that does not resolve). */
export function configTrace(command: string, host: string): CrashReport {
  if (command === 'gunicorn' || command.startsWith('python')) {
    return {
      lines: [
        'Traceback (most recent call last):',
        '  File "/app/shop/db.py", line 12, in connect',
        '    return psycopg2.connect(host=settings.DB_HOST, dbname="shop")',
        `psycopg2.OperationalError: could not translate host name "${host}" to address: Name or service not known`,
      ],
      exitCode: 1,
    };
  }
  return { lines: [`${command}: error: dial tcp: lookup ${host}: no such host`], exitCode: 1 };
}

/**
 * The process dies by itself (a bug or a bad config): its last words go to its log, it
 * exits with its runtime's code, and the restart policy (or the kubelet) decides what next.
 */
export function crashProcess(world: World, c: Container, report: CrashReport, sink: EventSink): void {
  for (const line of report.lines) logLine(c, line);
  endRun(world, c, report.exitCode, '', false);
  sink.happened(world.tick, 'container-crashed', c.name, `exit ${report.exitCode}`);
}

/** A process whose profile says it dies after `crashAfterTicks` of running (a bad release or config). */
export function crashFromProfile(world: World, c: Container, sink: EventSink): void {
  const lines = c.profile.crashLog;
  crashProcess(world, c, lines && lines.length > 0 ? { lines, exitCode: 1 } : bugTrace(c.profile.command), sink);
}
