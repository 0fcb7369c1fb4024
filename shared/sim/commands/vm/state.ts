// How VM states read in `vm list` and `vm inspect`: virsh's words (`running`,
// `shut off`, `in shutdown`, `crashed`), plus boot progress for a guest still booting.
import type { Vm, World } from '../../model.ts';
import { bootPercent } from '../../systems/lifecycle.ts';

/** The virsh word for a VM's state; a booting guest shows its progress, `booting (45%)`. */
export function vmStateLabel(world: World, vm: Vm): string {
  switch (vm.state) {
    case 'booting':
      return `booting (${bootPercent(world, vm)}%)`;
    case 'shutting-down':
      return 'in shutdown';
    case 'shut-off':
      return 'shut off';
    default:
      return vm.state;
  }
}
