// `help [command]`: placeholder until the help texts land.
import type { Handler } from './types.ts';
import { ok } from './types.ts';

export const helpCommand: Handler = () => ok('help: coming soon');
