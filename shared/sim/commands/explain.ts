// `explain <concept>`: placeholder until the lessons land.
import type { Handler } from './types.ts';
import { fail } from './types.ts';

export const explainCommand: Handler = () => fail('explain: not implemented yet');
