// Texts of the docker area (containers, namespaces, cgroups), in English and Korean
// (same keys and placeholders in both). Hints explain the real tool's message below it.
export const dockerMessages = {
  en: {
    hint: {
      unknownTarget: '"{{id}}" is not a machine of this datacenter. -H takes a container host or a VM name (see "host list" and "vm list").',
      hypervisorHost: '{{id}} is a hypervisor host: it runs VMs, not containers. Create a Linux VM on it ("vm create") and point -H at the VM.',
      targetDown: '{{id}} is not running, so neither is its docker engine. Start it (or wait for it to boot) and try again.',
      tooManyCpus: '--cpus sets a CFS quota, and a quota cannot exceed the CPUs {{target}} has ({{cpus}}).',
      nameConflict: 'container names are unique per engine: remove the old one ("docker rm -f {{name}}") or choose another --name. Another machine could use the same name.',
      networkNotFound: 'networks belong to one engine: create it on {{target}} first ("docker -H {{target}} network create {{network}}").',
      osMismatch: 'containers have no kernel of their own: they share the kernel of the machine they run on. {{image}} needs a {{os}} kernel and {{target}} runs {{kernelOs}}; run it on a {{os}} VM.',
      portTaken: 'host port {{port}} on {{target}} is already taken. A host port can be bound once per machine; publish another host port (e.g. -p 8081:80). Containers without -p each have their own IP and can all listen on the same port.',
      removeRunning: 'stop it first ("docker stop {{name}}"), or force it with "docker rm -f {{name}}" (SIGKILL). Anything it wrote outside a volume is deleted with it.',
      pidNamespace: 'each container has its own PID namespace: in {{name}} only its own processes exist, its main process being PID 1. Host PIDs (as "docker top" shows) mean nothing in here.',
      initSigkill: 'the kernel ignores SIGKILL sent to PID 1 from inside its own PID namespace, so {{name}} keeps running. From outside, "docker kill {{name}}" ends it (exit 137).',
      freeShowsHost: '"free" reads /proc/meminfo, which shows the whole machine; this container\'s cgroup limit is {{limit}} MiB (/sys/fs/cgroup/memory.max). Crossing it gets the process OOM-killed.',
      nprocShowsHost: '"nproc" counts the machine\'s CPUs; the --cpus {{cpus}} quota is in /sys/fs/cgroup/cpu.max. Above it the process is throttled, not killed.',
      usernsRoot: 'this container runs in a user namespace: its root is uid {{uid}} on the host, an unprivileged user. A process that escapes it is not root there.',
    },
  },
  ko: {
    hint: {
      unknownTarget: '"{{id}}"은(는) 이 데이터센터의 머신이 아닙니다. -H에는 컨테이너 호스트나 VM 이름을 씁니다("host list", "vm list"로 확인하세요).',
      hypervisorHost: '{{id}}은(는) 하이퍼바이저 호스트라서 컨테이너가 아니라 VM을 실행합니다. 그 위에 리눅스 VM을 만들고("vm create") -H로 그 VM을 지정하세요.',
      targetDown: '{{id}}이(가) 꺼져 있어서 도커 엔진도 멈춰 있습니다. 켜거나 부팅이 끝날 때까지 기다린 뒤 다시 시도하세요.',
      tooManyCpus: '--cpus는 CFS 할당량을 정하는데, 할당량은 {{target}}의 CPU 수({{cpus}}개)를 넘을 수 없습니다.',
      nameConflict: '컨테이너 이름은 엔진마다 하나만 쓸 수 있습니다. 기존 컨테이너를 지우거나("docker rm -f {{name}}") 다른 --name을 고르세요. 다른 머신에서는 같은 이름을 써도 됩니다.',
      networkNotFound: '네트워크는 엔진마다 따로 있습니다. 먼저 {{target}}에 만드세요("docker -H {{target}} network create {{network}}").',
      osMismatch: '컨테이너에는 자기 커널이 없고, 실행되는 머신의 커널을 함께 씁니다. {{image}}에는 {{os}} 커널이 필요한데 {{target}}의 커널은 {{kernelOs}}입니다. {{os}} VM에서 실행하세요.',
      portTaken: '{{target}}의 호스트 포트 {{port}}은(는) 이미 쓰이고 있습니다. 호스트 포트는 머신마다 한 번만 바인딩할 수 있으니 다른 호스트 포트를 publish하세요(예: -p 8081:80). -p 없이 실행한 컨테이너는 저마다 IP가 있어서 모두 같은 포트에서 들을 수 있습니다.',
      removeRunning: '먼저 멈추거나("docker stop {{name}}") "docker rm -f {{name}}"으로 강제로 지우세요(SIGKILL). 볼륨 밖에 쓴 데이터는 컨테이너와 함께 사라집니다.',
      pidNamespace: '컨테이너마다 PID 네임스페이스가 따로 있습니다. {{name}} 안에는 자기 프로세스만 있고, 메인 프로세스가 PID 1입니다. "docker top"이 보여 주는 호스트 PID는 여기서 아무 의미가 없습니다.',
      initSigkill: '같은 PID 네임스페이스 안에서 PID 1에 보낸 SIGKILL은 커널이 무시하므로 {{name}}은(는) 계속 실행됩니다. 밖에서 "docker kill {{name}}"을 쓰면 끝납니다(종료 코드 137).',
      freeShowsHost: '"free"는 머신 전체를 보여 주는 /proc/meminfo를 읽습니다. 이 컨테이너의 cgroup 메모리 제한은 {{limit}} MiB이고(/sys/fs/cgroup/memory.max), 이를 넘으면 프로세스가 OOM으로 종료됩니다.',
      nprocShowsHost: '"nproc"는 머신의 CPU 수를 셉니다. --cpus {{cpus}} 할당량은 /sys/fs/cgroup/cpu.max에 있고, 이를 넘으면 프로세스는 종료되지 않고 스로틀링됩니다.',
      usernsRoot: '이 컨테이너는 사용자 네임스페이스 안에서 실행됩니다. 안의 root는 호스트에서 권한 없는 uid {{uid}}이므로, 탈출한 프로세스도 호스트의 root가 아닙니다.',
    },
  },
} as const;
