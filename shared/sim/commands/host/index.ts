// `host …`: placeholder until the host commands land.
import type { Handler } from '../types.ts';
import { fail } from '../types.ts';

export const hostCommand: Handler = () => fail('host: not implemented yet');
