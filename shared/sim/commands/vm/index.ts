// `vm …`: placeholder until the VM commands land.
import type { Handler } from '../types.ts';
import { fail } from '../types.ts';

export const vmCommand: Handler = () => fail('vm: not implemented yet');
