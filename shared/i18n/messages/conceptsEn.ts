// English lessons of `explain <concept>`: one per concept of GAME_DESIGN.md section 1
// (ids in shared/sim/concepts.ts). Each ends with the game commands that show it.
const lines = (...l: string[]): string => l.join('\n');

export const conceptsEn = {
  label: {
    list: 'Concepts (explain <concept>):',
    usage: 'Example: explain cgroups. Other words work too: explain vm, explain layers, explain oom.',
    see: 'See it in the game:',
    unknown: 'the concepts are: {{concepts}}',
  },
  hardware: {
    title: 'hardware, kernel and operating system',
    body: lines(
      'A physical host has a fixed number of CPU cores, a fixed amount of RAM, a disk and a network card (NIC). Nothing on it can use more than that.',
      'The kernel is the part of the operating system that owns this hardware: it schedules processes onto the cores, hands out memory and enforces it.',
      'When demand passes what the host has, work first slows down (processes queue for the CPU), then fails: the OOM killer ends a process, writes fail with "no space left on device".',
      'The rest of the OS (init, services, agents) runs on the kernel and costs some CPU and RAM of its own.',
    ),
    see: 'host list; host inspect host-1; host dmesg host-1',
  },
  hypervisor: {
    title: 'hypervisors, type 1 and type 2',
    body: lines(
      'A hypervisor splits one physical host into virtual machines and gives each of them virtual CPUs, RAM, a disk and a NIC.',
      'Type 1 (bare metal: ESXi, Xen, Hyper-V) runs directly on the hardware. It costs a few percent of the CPU and a little RAM.',
      'Type 2 (hosted: VirtualBox, VMware Workstation) is an application on an ordinary host OS. Guest work passes through that OS, so it costs more CPU, the host OS keeps RAM for itself, and guests boot and do I/O more slowly.',
      'Data centres run type 1; type 2 is for laptops and labs.',
      'Here host-3 runs type 1 and host-4 type 2: compare their overhead.',
    ),
    see: 'host inspect host-3; host inspect host-4; vm create test --host host-4 --vcpus 1 --memory 1g',
  },
  'virtual-machine': {
    title: 'virtual machines and the guest OS',
    body: lines(
      'A VM reserves vCPUs and RAM on its host and runs a whole operating system of its own, the guest OS, with its own kernel.',
      'The guest OS takes part of the VM before any application runs: about 512 MiB for a small Linux, 2 GiB or more for Windows, plus some idle CPU.',
      'A VM boots like a real computer (firmware, kernel, init): tens of seconds, where a container starts in about one second.',
      'Windows guests carry a licence cost per VM.',
      'The hypervisor isolates VMs from each other: a crash, an OOM kill or a break-in inside one VM does not reach its neighbours.',
    ),
    see: 'vm create web-vm --host host-3 --vcpus 2 --memory 4g; vm list; vm inspect web-vm',
  },
  'vm-density': {
    title: 'VM density limits and overcommit',
    body: lines(
      'A hypervisor lets you promise more vCPUs than it has cores and more RAM than it has (overcommit), betting that the guests are not all busy at once.',
      'CPU overcommit: when the guests do get busy, each vCPU waits for a free core. Inside the guest this shows as steal time, and everything runs slower.',
      'RAM overcommit: when the guests really use what they were promised, the host pages part of their memory out to swap (or reclaims it with a balloon driver). Memory access becomes disk access: slow and unpredictable.',
      'Beyond RAM plus swap nothing works: a VM that cannot get its memory does not start.',
      'Watch the commitment ratios and the steal and swap readings, and move or shrink VMs before the guests feel it.',
    ),
    see: 'host inspect host-4 (vCPU:core, RAM committed); vm inspect <vm> (steal, swapped); vm list',
  },
  'virtual-nic': {
    title: 'virtual NICs and the virtual switch',
    body: lines(
      'A VM\'s network card is software: the hypervisor gives each guest a virtual NIC and plugs it into a virtual switch (a bridge) inside the host.',
      'The virtual switch carries the guests\' traffic to each other and, through the one physical NIC, to the rest of the network.',
      'So all the VMs of a host share its physical bandwidth: one guest pulling a big image slows down the downloads of the others.',
      'Containers are wired the same way: each gets a virtual interface on a bridge (docker0) of its machine.',
    ),
    see: 'host inspect host-3 (NIC); docker -H <vm> pull <image> on two VMs of one host at the same time',
  },
  container: {
    title: 'containers',
    body: lines(
      'A container is an ordinary group of processes on a shared kernel, fenced in by namespaces (what it can see) and cgroups (what it can use), running from its image\'s files.',
      'It boots no operating system: once its image is on the machine, it starts in about a second.',
      'Needing no guest OS of its own, it packs many times denser than VMs on the same host.',
      'It runs on a bare-metal container host or inside a Linux VM (docker -H <vm> …).',
      'When its main process ends, the container ends; a restart policy can start it again.',
    ),
    see: 'docker run -d --name web nginx:1.25; docker ps; docker top web',
  },
  'shared-kernel': {
    title: 'the shared kernel',
    body: lines(
      'All containers of a machine use that machine\'s one kernel; there is no kernel inside a container.',
      'So an image needs a kernel of its kind: a Linux image runs on a Linux kernel, and a Windows-only app needs a Windows VM.',
      'What happens to the kernel happens to all of them: a kernel panic stops every container on it, and an attacker who exploits a kernel bug from one container can reach all the others.',
      'VMs do not share this fate: each has its own kernel, so a panic or an exploit stays inside one VM. That is why untrusted work often runs in containers inside VMs.',
    ),
    see: 'docker -H host-1 run -d legacy/billing:1.0 (refused); host dmesg host-1; host inspect host-1 (Kernel)',
  },
  namespaces: {
    title: 'namespaces',
    body: lines(
      'Namespaces give each container its own view of the system.',
      'UTS: its own hostname. IPC: its own shared memory and queues. PID: it sees only its own processes and cannot signal anyone else\'s. Mount: its own filesystem tree, from its image.',
      'Net: its own network stack and IP address, so two containers can both listen on port 80. With --network host it uses the machine\'s stack, and two of them on one port collide.',
      'User (--userns): root inside the container is an unprivileged user on the host, so a process that breaks out is not root there.',
      'Namespaces hide; they do not limit how much CPU or memory is used (that is cgroups).',
    ),
    see: 'docker run -d --name a nginx:1.25; docker run -d --name b nginx:1.25; docker run -d --network host nginx:1.25 (twice); docker inspect a',
  },
  cgroups: {
    title: 'control groups (cgroups): limits and accounting',
    body: lines(
      'cgroups let the kernel count and limit the resources of a group of processes.',
      'CPU limit (--cpus 0.5): a quota per 100 ms period. A container that has used its quota waits for the next period: it is throttled, slower, never killed.',
      'Memory limit (-m 256m): memory cannot be slowed down, so a container over its limit is killed by the kernel\'s OOM killer: exit code 137, "OOMKilled": true.',
      'Without limits one greedy container takes what its neighbours needed (noisy neighbour), and when the machine runs out of memory the OOM killer picks a victim by OOM score, not necessarily the guilty one.',
      'The app\'s own log shows nothing of an OOM kill; the kernel log does.',
    ),
    see: 'docker run -d -m 256m memhog:1.0; docker ps -a; docker inspect <container>; host dmesg host-1; docker stats',
  },
  'image-layers': {
    title: 'images, layers and the union filesystem',
    body: lines(
      'An image is an ordered stack of read-only layers (base OS, runtime, dependencies, app), each with a content digest.',
      'Images that share lower layers share them: on disk each layer is stored once, and a pull skips the layers the machine already has ("Already exists").',
      'Change the app and only the layers above the change are new: a new version ships megabytes, not the whole image.',
      'A running container adds a thin writable layer on top (copy-on-write). Logs and temp files grow it until docker rm, and can fill the disk.',
      'A union filesystem (overlayfs) shows the whole stack as one directory tree.',
    ),
    see: 'docker history shop/web:1.1; docker pull shop/web:1.0; docker pull shop/web:1.1; docker images; host inspect host-1',
  },
  dockerfile: {
    title: 'the Dockerfile: an image as code',
    body: lines(
      'An image is built from a recipe, a Dockerfile: FROM a base image, then steps such as RUN, COPY, ENV and CMD.',
      'Each step that changes files makes a layer. The builder caches a layer by its parent and its step (for COPY, also by the content of the copied files).',
      'When a step changes, it and every step after it are rebuilt; the steps before it come from the cache.',
      'So order matters: put what rarely changes (installing dependencies) before what changes often (copying the code). Copy the code first, and every code change reinstalls and re-ships the dependencies.',
      'The recipe lives in version control, so anyone can rebuild the same image.',
    ),
    see: 'docker build -t shop/web:1.2 shop-web; edit shop-web app/; docker build -t shop/web:1.3 shop-web; docker build -t shop/web:2.0 shop-web-copy-first',
  },
  registry: {
    title: 'registries',
    body: lines(
      'A registry stores images: docker push uploads one, docker pull downloads one.',
      'Both move only the layers the other side lacks, at the speed of the machine\'s NIC, which every transfer on that host shares.',
      'A team can run its own private registry (a registry:2 container) close to its hosts: faster, and independent of the public one.',
      'A registry can go down or limit pulls. Machines that already hold the layers keep running and starting containers; new machines cannot get the image.',
    ),
    see: 'docker pull nginx:1.25; docker run -d -p 5000:5000 registry:2; docker tag shop/web:1.0 host-1:5000/shop/web:1.0; docker push host-1:5000/shop/web:1.0',
  },
  portability: {
    title: 'portability',
    body: lines(
      'An image carries everything the app needs except the kernel: libraries, runtime, the app and its default configuration.',
      'So the same image runs unchanged on any machine with a matching kernel: a laptop, a bare-metal host, a VM, in any data centre.',
      '"It works on my machine" goes away: the machine\'s own files no longer matter, only the image\'s.',
      'The limit is the kernel: a Linux image needs Linux, and a Windows image needs a Windows kernel.',
    ),
    see: 'docker -H host-1 run -d shop/web:1.0; docker -H <linux-vm> run -d shop/web:1.0; docker -H <windows-vm> run -d shop/web:1.0 (refused)',
  },
  'network-virtualisation': {
    title: 'network virtualisation',
    body: lines(
      'In a virtualised data centre the networks are software: virtual networks and switches connect VMs and containers whichever physical host they are on.',
      'A load balancer (L7) takes the requests of a service\'s clients and spreads them over the instances behind it.',
      'Firewall rules decide which traffic may pass between networks.',
      'Underneath, all traffic still crosses a virtual switch and a host\'s physical NIC, whose bandwidth is limited and shared.',
    ),
    see: 'docker network create backend; docker run -d --network backend nginx:1.25; docker network ls; host inspect host-1 (NIC)',
  },
  'storage-virtualisation': {
    title: 'storage virtualisation',
    body: lines(
      'Local disks fail, and data kept on one disk or one host is lost with it.',
      'A replicated volume (RAID across disks, or a Ceph-like pool across hosts) keeps several copies and survives the loss of a disk or a host; the price is capacity, since every copy takes space.',
      'A container\'s writable layer is temporary (docker rm deletes it), so stateful services such as a database keep their data in a volume.',
      'A big database can be sharded: split over several containers, each with its part of the data and its own volume.',
    ),
    see: 'docker volume create --driver replicated pgdata; docker run -d -v pgdata:/var/lib/postgresql/data postgres:16; docker volume ls',
  },
  scheduling: {
    title: 'orchestration: scheduling',
    body: lines(
      'An orchestrator such as Kubernetes decides which node runs each piece of work, instead of a person picking hosts.',
      'Like kube-scheduler, it first filters out the nodes that cannot take the work (too little free CPU or memory, cordoned, down), then scores the others (e.g. the least loaded) and picks the best.',
      'When a node dies, the orchestrator places its work again on the nodes that remain.',
      'Cordoning a node takes it out of placement without stopping what already runs there (e.g. before maintenance).',
    ),
    see: 'host cordon host-2; host list; host uncordon host-2 (with orchestration unlocked: kubectl get nodes, kubectl get pods -o wide)',
  },
  'self-healing': {
    title: 'orchestration: self-healing',
    body: lines(
      'A deployment declares a desired state, "N replicas of this image"; a controller keeps comparing it with what runs and fixes the difference.',
      'A crashed container is restarted with a growing back-off (10 s, 20 s, 40 s … up to 5 minutes: CrashLoopBackOff), so a broken app does not burn the machine.',
      'Replicas lost with a node are recreated on other nodes.',
      'Meanwhile clients behind a service keep getting answers from the healthy replicas.',
      'Docker\'s restart policies (--restart always) are the one-machine version of the same idea.',
    ),
    see: 'docker run -d -m 256m --restart always memhog:1.0; docker ps -a (with orchestration unlocked: kubectl get pods, kubectl describe pod)',
  },
  'rolling-update': {
    title: 'rolling update and rollback',
    body: lines(
      'A new version replaces the old one a few replicas at a time: by default at most 25 % extra replicas are started (surge) and at most 25 % may be unavailable.',
      'Each new replica must pass its health check before the next old one goes, so the service stays up during the release.',
      'If the new version crashes or fails its checks, the rollout stops, and a rollback returns to the last good revision.',
      'Revisions are kept, so going back is one command.',
    ),
    see: 'docker pull shop/web:1.1 (with orchestration unlocked: kubectl set image, kubectl rollout status, kubectl rollout undo)',
  },
  'service-discovery': {
    title: 'service discovery and load balancing',
    body: lines(
      'Replicas come and go and change IP addresses; clients should not need to know them.',
      'A service gives a stable name (and virtual IP) that resolves to the healthy replicas, wherever they run.',
      'Traffic sent to the service is spread across those replicas; a replica that fails its health check stops receiving it.',
      'So scaling out or replacing a replica needs no change in any client.',
    ),
    see: 'docker inspect <container> (each replica has its own IP) (with orchestration unlocked: kubectl expose, kubectl get services)',
  },
  secrets: {
    title: 'secrets',
    body: lines(
      'Passwords, tokens and keys belong in a secret store and reach the container at run time, as a mounted file or an environment variable.',
      'A secret written into an image layer (ENV, or a COPY of a key file) stays in the image: anyone who can pull it can read the layer, even if a later step deletes the file.',
      'A leaked secret must be rotated: replaced at its source and everywhere it is used. Rebuilding the image is not enough.',
      'Keep secrets out of recipes and images; give them to containers when they start.',
    ),
    see: 'docker history <image>; docker inspect <image> (with orchestration unlocked: kubectl create secret)',
  },
  observability: {
    title: 'logging, monitoring and alerting',
    body: lines(
      'Metrics are numbers over time (CPU, memory, latency, errors); logs are what each process wrote; alerts fire when a symptom crosses a threshold.',
      'Alert on symptoms that users feel (errors, slow answers), then find the cause by reading metrics and logs.',
      'Read the right log: the app\'s log says what the app saw; the kernel log says what the kernel did to it (an OOM kill, a panic).',
      'Throttling, steal time and swapping show up as latency before they show up as errors.',
    ),
    see: 'docker stats; docker logs <container>; host dmesg <host-or-vm>; host inspect <host>; vm inspect <vm>',
  },
  'scale-out': {
    title: 'scale-out and microservices',
    body: lines(
      'Scaling up means a bigger machine: it has a ceiling and takes time to buy. Scaling out means more replicas on more machines: fast, and each one adds capacity.',
      'Scale-out needs stateless replicas behind a load balancer; the state lives in volumes and databases.',
      'Microservices split an application into small services that are released and scaled on their own.',
      'Services split apart fail apart: one broken service need not take the others down, if their callers handle its failure (time-outs, fallbacks).',
    ),
    see: 'docker -H host-1 run -d shop/web:1.0; docker -H host-2 run -d shop/web:1.0 (with orchestration unlocked: kubectl scale, kubectl autoscale)',
  },
};
