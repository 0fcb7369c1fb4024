// Network identity of containers and the machines under them: a container on a bridge
// network has its own net namespace (its own eth0, IP and MAC); with `--network host`
// it shares the machine's interfaces, docker0 included.
import type { DockerTarget } from '../../machines.ts';
import type { Container, World } from '../../model.ts';
import { digestOf } from '../../hash.ts';
import { networkKey } from '../../containers.ts';

/** The machine's own address on the datacenter LAN (hosts 10.10.x.y, VMs bridged onto 10.20.x.y). */
export function machineIp(target: DockerTarget): string {
  const i = target.vm ? target.vm.index : target.host.index;
  const net = target.vm ? 20 : 10;
  return `10.${net}.${Math.floor(i / 250)}.${(i % 250) + 11}`;
}

/** Subnet of the network a container is on (`172.17.0.0/16` for the default bridge). */
export function subnetOf(world: World, c: Container): string {
  const custom = world.networks.get(networkKey(c.targetId, c.network));
  return custom ? custom.subnet : '172.17.0.0/16';
}

/** Gateway of a subnet: its .1 address. */
export function gatewayOf(subnet: string): string {
  const [a, b, c] = subnet.split('.');
  return `${a}.${b}.${c}.1`;
}

/** docker's MAC for a bridge endpoint: 02:42 followed by the IPv4 address bytes. */
export function macFor(ip: string): string {
  return ['02', '42', ...ip.split('.').map((n) => Number(n).toString(16).padStart(2, '0'))].join(':');
}

/** A stable 64-hex id for a built-in network on one engine (bridge, host, none). */
export function builtinNetworkId(engine: string, name: string): string {
  return digestOf(`network\n${engine}\n${name}`);
}

function iface(n: number, name: string, flags: string, link: string, inet: string, extra = ''): string[] {
  return [
    `${n}: ${name}: <${flags}> mtu ${name === 'lo' ? 65536 : 1500} qdisc noqueue state ${name === 'lo' ? 'UNKNOWN' : 'UP'} group default${name === 'lo' ? ' qlen 1000' : ''}`,
    `    ${link}${extra}`,
    `    ${inet}`,
    '       valid_lft forever preferred_lft forever',
  ];
}

/** `ip addr` inside the container: its own namespace's interfaces, or the host's with host networking. */
export function ipAddr(world: World, target: DockerTarget, c: Container): string {
  const lo = iface(1, 'lo', 'LOOPBACK,UP,LOWER_UP', 'link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00', 'inet 127.0.0.1/8 scope host lo');
  if (c.network === 'none') return lo.join('\n');
  if (c.network === 'host') {
    const ip = machineIp(target);
    return [
      ...lo,
      ...iface(2, 'eth0', 'BROADCAST,MULTICAST,UP,LOWER_UP', `link/ether ${macFor(ip).replace('02:42', '52:54')} brd ff:ff:ff:ff:ff:ff`, `inet ${ip}/16 brd 10.${ip.split('.')[1]}.255.255 scope global eth0`),
      ...iface(3, 'docker0', 'BROADCAST,MULTICAST,UP,LOWER_UP', `link/ether ${macFor('172.17.0.1')} brd ff:ff:ff:ff:ff:ff`, 'inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0'),
    ].join('\n');
  }
  const [a, b] = subnetOf(world, c).split('.');
  const peer = 4 + 2 * c.index;
  return [
    ...lo,
    ...iface(2, `eth0@if${peer}`, 'BROADCAST,MULTICAST,UP,LOWER_UP', `link/ether ${macFor(c.ip)} brd ff:ff:ff:ff:ff:ff`, `inet ${c.ip}/16 brd ${a}.${b}.255.255 scope global eth0`, ' link-netnsid 0'),
  ].join('\n');
}
