// `explain <concept>`의 한국어 수업: GAME_DESIGN.md 1절의 개념마다 하나씩
// (id는 shared/sim/concepts.ts). 각 수업은 게임에서 그 개념을 직접 볼 수 있는 명령으로 끝난다.
import type { conceptsEn } from './conceptsEn.ts';

const lines = (...l: string[]): string => l.join('\n');

export const conceptsKo: typeof conceptsEn = {
  label: {
    list: '개념 목록 (explain <concept>):',
    usage: '예: explain cgroups. 다른 말로도 됩니다: explain vm, explain layers, explain oom.',
    see: '게임에서 직접 보기:',
    unknown: '개념 목록: {{concepts}}',
  },
  hardware: {
    title: '하드웨어, 커널, 운영체제',
    body: lines(
      '물리 호스트에는 정해진 수의 CPU 코어, 정해진 양의 RAM, 디스크, 네트워크 카드(NIC)가 있습니다. 그 위의 무엇도 이보다 더 쓸 수는 없습니다.',
      '커널은 이 하드웨어를 쥐고 있는 운영체제의 핵심입니다. 프로세스를 코어에 배치(스케줄링)하고, 메모리를 나눠 주고, 그 한도를 지키게 합니다.',
      '수요가 호스트의 용량을 넘으면 작업은 먼저 느려지고(프로세스가 CPU를 기다리며 줄을 섬), 그다음 실패합니다. OOM 킬러가 프로세스를 끝내고, 쓰기는 "no space left on device"로 실패합니다.',
      '나머지 OS(init, 서비스, 에이전트)는 커널 위에서 돌며 그 자체로도 CPU와 RAM을 조금 씁니다.',
    ),
    see: 'host list; host inspect host-1; host dmesg host-1',
  },
  hypervisor: {
    title: '하이퍼바이저, 타입 1과 타입 2',
    body: lines(
      '하이퍼바이저는 물리 호스트 한 대를 여러 가상 머신으로 나누고, 각각에 가상 CPU, RAM, 디스크, NIC를 줍니다.',
      '타입 1(베어메탈: ESXi, Xen, Hyper-V)은 하드웨어 위에서 바로 돕니다. CPU 몇 퍼센트와 약간의 RAM만 듭니다.',
      '타입 2(호스트형: VirtualBox, VMware Workstation)는 일반 호스트 OS 위의 애플리케이션입니다. 게스트의 일이 그 OS를 거치므로 CPU가 더 들고, 호스트 OS가 자기 RAM을 차지하며, 게스트의 부팅과 I/O도 더 느립니다.',
      '데이터센터는 타입 1을 씁니다. 타입 2는 노트북과 실습용입니다.',
      '여기서는 host-3이 타입 1, host-4가 타입 2입니다. 두 호스트의 오버헤드를 비교해 보세요.',
    ),
    see: 'host inspect host-3; host inspect host-4; vm create test --host host-4 --vcpus 1 --memory 1g',
  },
  'virtual-machine': {
    title: '가상 머신과 게스트 OS',
    body: lines(
      'VM은 호스트의 vCPU와 RAM을 예약하고, 자기 커널을 가진 완전한 운영체제, 즉 게스트 OS를 따로 돌립니다.',
      '게스트 OS는 애플리케이션이 돌기도 전에 VM의 일부를 차지합니다. 작은 리눅스는 약 512 MiB, Windows는 2 GiB 이상이고, 한가할 때도 CPU를 조금 씁니다.',
      'VM은 실제 컴퓨터처럼 부팅합니다(펌웨어, 커널, init). 컨테이너가 1초쯤에 시작하는 데 비해 수십 초가 걸립니다.',
      'Windows 게스트는 VM마다 라이선스 비용이 듭니다.',
      '하이퍼바이저가 VM끼리 격리합니다. 한 VM 안의 크래시, OOM 킬, 침입은 이웃 VM에 닿지 않습니다.',
    ),
    see: 'vm create web-vm --host host-3 --vcpus 2 --memory 4g; vm list; vm inspect web-vm',
  },
  'vm-density': {
    title: 'VM 밀도의 한계와 오버커밋',
    body: lines(
      '하이퍼바이저는 코어 수보다 많은 vCPU, 실제보다 많은 RAM을 약속하게 해 줍니다(오버커밋). 게스트가 한꺼번에 바쁘지는 않으리라는 데 거는 것입니다.',
      'CPU 오버커밋: 게스트들이 정말 바빠지면 vCPU마다 빈 코어를 기다립니다. 게스트 안에서는 이것이 스틸 타임으로 보이고, 모든 것이 느려집니다.',
      'RAM 오버커밋: 게스트가 약속받은 메모리를 실제로 쓰면, 호스트는 그 일부를 스왑으로 내보냅니다(또는 벌룬 드라이버로 회수합니다). 메모리 접근이 디스크 접근이 되어 느리고 들쭉날쭉해집니다.',
      'RAM과 스왑을 합친 양을 넘어서면 아무것도 안 됩니다. 메모리를 얻지 못한 VM은 시작되지 않습니다.',
      '약속 비율과 스틸·스왑 수치를 지켜보고, 게스트가 느끼기 전에 VM을 옮기거나 줄이세요.',
    ),
    see: 'host inspect host-4 (vCPU:core, RAM 약속량); vm inspect <vm> (스틸, 스왑); vm list',
  },
  'virtual-nic': {
    title: '가상 NIC와 가상 스위치',
    body: lines(
      'VM의 네트워크 카드는 소프트웨어입니다. 하이퍼바이저가 게스트마다 가상 NIC를 주고, 호스트 안의 가상 스위치(브리지)에 꽂습니다.',
      '가상 스위치는 게스트끼리의 트래픽을 전달하고, 하나뿐인 물리 NIC를 통해 바깥 네트워크로도 내보냅니다.',
      '그래서 한 호스트의 VM들은 물리 대역폭을 나눠 씁니다. 한 게스트가 큰 이미지를 받으면 다른 게스트의 다운로드가 느려집니다.',
      '컨테이너도 똑같이 연결됩니다. 각 컨테이너가 자기 기계의 브리지(docker0)에 가상 인터페이스를 하나씩 받습니다.',
    ),
    see: 'host inspect host-3 (NIC); 한 호스트의 두 VM에서 동시에 docker -H <vm> pull <image>',
  },
  container: {
    title: '컨테이너',
    body: lines(
      '컨테이너는 공유 커널 위의 평범한 프로세스 묶음입니다. 네임스페이스(무엇을 볼 수 있나)와 cgroup(무엇을 쓸 수 있나)으로 울타리를 치고, 이미지의 파일로 실행됩니다.',
      '운영체제를 부팅하지 않으므로, 이미지가 기계에 있으면 1초쯤에 시작합니다.',
      '자기 게스트 OS가 필요 없어서, 같은 호스트에 VM보다 몇 배나 빽빽하게 들어갑니다.',
      '베어메탈 컨테이너 호스트나 리눅스 VM 안에서 돕니다(docker -H <vm> …).',
      '주 프로세스가 끝나면 컨테이너도 끝납니다. 재시작 정책이 있으면 다시 시작될 수 있습니다.',
    ),
    see: 'docker run -d --name web nginx:1.25; docker ps; docker top web',
  },
  'shared-kernel': {
    title: '공유 커널',
    body: lines(
      '한 기계의 모든 컨테이너는 그 기계의 커널 하나를 함께 씁니다. 컨테이너 안에는 커널이 없습니다.',
      '그래서 이미지는 맞는 종류의 커널이 필요합니다. 리눅스 이미지는 리눅스 커널에서 돌고, Windows 전용 앱은 Windows VM이 필요합니다.',
      '커널에 일어난 일은 모두에게 일어납니다. 커널 패닉은 그 위의 모든 컨테이너를 멈추고, 한 컨테이너에서 커널 버그를 악용한 공격자는 나머지 모두에 닿을 수 있습니다.',
      'VM은 이런 운명을 함께하지 않습니다. VM마다 커널이 따로 있어 패닉이나 공격이 한 VM 안에 머뭅니다. 그래서 믿을 수 없는 작업은 흔히 VM 안의 컨테이너로 돌립니다.',
    ),
    see: 'docker -H host-1 run -d legacy/billing:1.0 (거부됨); host dmesg host-1; host inspect host-1 (Kernel)',
  },
  namespaces: {
    title: '네임스페이스',
    body: lines(
      '네임스페이스는 컨테이너마다 시스템을 따로 보게 해 줍니다.',
      'UTS: 자기 호스트 이름. IPC: 자기 공유 메모리와 큐. PID: 자기 프로세스만 보이고 남의 프로세스에 시그널을 보낼 수 없음. Mount: 이미지로 만든 자기 파일 시스템 트리.',
      'Net: 자기 네트워크 스택과 IP 주소. 그래서 두 컨테이너가 모두 80번 포트를 열 수 있습니다. --network host면 기계의 스택을 그대로 써서, 같은 포트를 쓰는 두 컨테이너가 충돌합니다.',
      'User(--userns): 컨테이너 안의 root가 호스트에서는 권한 없는 사용자입니다. 그래서 탈출한 프로세스도 호스트의 root가 아닙니다.',
      '네임스페이스는 가릴 뿐, CPU나 메모리를 얼마나 쓰는지는 제한하지 않습니다(그것은 cgroup의 일).',
    ),
    see: 'docker run -d --name a nginx:1.25; docker run -d --name b nginx:1.25; docker run -d --network host nginx:1.25 (두 번); docker inspect a',
  },
  cgroups: {
    title: '컨트롤 그룹(cgroup): 제한과 회계',
    body: lines(
      'cgroup으로 커널은 프로세스 묶음의 자원 사용을 세고 제한합니다.',
      'CPU 제한(--cpus 0.5): 100 ms 주기마다 쓸 수 있는 몫(쿼터)입니다. 몫을 다 쓴 컨테이너는 다음 주기까지 기다립니다. 스로틀링되어 느려질 뿐, 죽지는 않습니다.',
      '메모리 제한(-m 256m): 메모리는 느리게 줄 수가 없어서, 한도를 넘은 컨테이너는 커널의 OOM 킬러가 죽입니다. 종료 코드 137, "OOMKilled": true.',
      '제한이 없으면 욕심 많은 컨테이너 하나가 이웃이 쓸 자원까지 가져갑니다(시끄러운 이웃). 기계 전체의 메모리가 바닥나면 OOM 킬러는 OOM 점수로 희생자를 고르는데, 꼭 범인을 고르지는 않습니다.',
      '앱 자신의 로그에는 OOM 킬이 전혀 보이지 않습니다. 커널 로그에 보입니다.',
    ),
    see: 'docker run -d -m 256m memhog:1.0; docker ps -a; docker inspect <container>; host dmesg host-1; docker stats',
  },
  'image-layers': {
    title: '이미지, 레이어, 유니언 파일 시스템',
    body: lines(
      '이미지는 읽기 전용 레이어를 순서대로 쌓은 것입니다(기반 OS, 런타임, 의존성, 앱). 레이어마다 내용 다이제스트가 있습니다.',
      '아래쪽 레이어가 같은 이미지들은 그 레이어를 나눠 씁니다. 디스크에는 한 번만 저장되고, pull할 때 기계에 이미 있는 레이어는 건너뜁니다("Already exists").',
      '앱을 바꾸면 바뀐 곳 위의 레이어만 새로 생깁니다. 새 버전은 이미지 전체가 아니라 몇 메가바이트만 보냅니다.',
      '실행 중인 컨테이너는 맨 위에 얇은 쓰기 가능 레이어를 더합니다(copy-on-write). 로그와 임시 파일이 docker rm 전까지 이 레이어를 키우고, 디스크를 채울 수도 있습니다.',
      '유니언 파일 시스템(overlayfs)이 이 더미 전체를 하나의 디렉터리 트리로 보여 줍니다.',
    ),
    see: 'docker history shop/web:1.1; docker pull shop/web:1.0; docker pull shop/web:1.1; docker images; host inspect host-1',
  },
  dockerfile: {
    title: 'Dockerfile: 코드로서의 이미지',
    body: lines(
      '이미지는 레시피, 즉 Dockerfile로 빌드합니다. 기반 이미지를 FROM으로 정하고, RUN, COPY, ENV, CMD 같은 단계가 이어집니다.',
      '파일을 바꾸는 단계마다 레이어가 하나 생깁니다. 빌더는 레이어를 부모 레이어와 단계로(COPY는 복사한 파일의 내용으로도) 캐시합니다.',
      '어떤 단계가 바뀌면 그 단계와 그 뒤의 모든 단계를 다시 빌드합니다. 그 앞의 단계는 캐시에서 옵니다.',
      '그래서 순서가 중요합니다. 잘 바뀌지 않는 것(의존성 설치)을 자주 바뀌는 것(코드 복사)보다 앞에 두세요. 코드를 먼저 복사하면 코드를 고칠 때마다 의존성을 다시 설치하고 다시 보냅니다.',
      '레시피는 버전 관리에 들어가므로 누구나 같은 이미지를 다시 빌드할 수 있습니다.',
    ),
    see: 'docker build -t shop/web:1.2 shop-web; edit shop-web app/; docker build -t shop/web:1.3 shop-web; docker build -t shop/web:2.0 shop-web-copy-first',
  },
  registry: {
    title: '레지스트리',
    body: lines(
      '레지스트리는 이미지를 보관합니다. docker push는 올리고, docker pull은 내려받습니다.',
      '둘 다 상대편에 없는 레이어만 옮기며, 속도는 기계의 NIC가 정합니다. 그 호스트의 모든 전송이 이 NIC를 나눠 씁니다.',
      '팀은 호스트 가까이에 자기 사설 레지스트리(registry:2 컨테이너)를 둘 수 있습니다. 더 빠르고, 공개 레지스트리에 매이지 않습니다.',
      '레지스트리는 멈추거나 pull 횟수를 제한할 수 있습니다. 레이어를 이미 가진 기계는 계속 돌고 컨테이너도 시작하지만, 새 기계는 이미지를 받을 수 없습니다.',
    ),
    see: 'docker pull nginx:1.25; docker run -d -p 5000:5000 registry:2; docker tag shop/web:1.0 host-1:5000/shop/web:1.0; docker push host-1:5000/shop/web:1.0',
  },
  portability: {
    title: '이식성',
    body: lines(
      '이미지에는 커널만 빼고 앱에 필요한 모든 것이 들어 있습니다. 라이브러리, 런타임, 앱, 기본 설정까지.',
      '그래서 같은 이미지가 커널만 맞으면 어느 기계에서나 그대로 돕니다. 노트북, 베어메탈 호스트, VM, 어느 데이터센터든.',
      '"제 컴퓨터에서는 되는데요"가 사라집니다. 기계에 깔린 파일은 상관없고 이미지의 파일만 중요하니까요.',
      '한계는 커널입니다. 리눅스 이미지는 리눅스가, Windows 이미지는 Windows 커널이 필요합니다.',
    ),
    see: 'docker -H host-1 run -d shop/web:1.0; docker -H <linux-vm> run -d shop/web:1.0; docker -H <windows-vm> run -d shop/web:1.0 (거부됨)',
  },
  'network-virtualisation': {
    title: '네트워크 가상화',
    body: lines(
      '가상화된 데이터센터에서는 네트워크가 소프트웨어입니다. 가상 네트워크와 스위치가 VM과 컨테이너를 어느 물리 호스트에 있든 이어 줍니다.',
      '로드 밸런서(L7)는 서비스 클라이언트의 요청을 받아 뒤의 인스턴스들에 나눠 줍니다.',
      '방화벽 규칙은 네트워크 사이에 어떤 트래픽이 지나갈 수 있는지 정합니다.',
      '그래도 밑바닥에서는 모든 트래픽이 가상 스위치와 호스트의 물리 NIC를 지나며, 그 대역폭은 한정되어 있고 함께 씁니다.',
    ),
    see: 'docker network create backend; docker run -d --network backend nginx:1.25; docker network ls; host inspect host-1 (NIC)',
  },
  'storage-virtualisation': {
    title: '스토리지 가상화',
    body: lines(
      '로컬 디스크는 고장 납니다. 디스크 하나나 호스트 하나에만 둔 데이터는 그것과 함께 사라집니다.',
      '복제 볼륨(디스크 사이의 RAID, 또는 호스트 사이의 Ceph 같은 풀)은 여러 사본을 두어 디스크나 호스트를 잃어도 살아남습니다. 대가는 용량입니다. 사본마다 공간을 차지하니까요.',
      '컨테이너의 쓰기 가능 레이어는 임시입니다(docker rm이 지웁니다). 그래서 데이터베이스 같은 상태 있는 서비스는 데이터를 볼륨에 둡니다.',
      '큰 데이터베이스는 샤딩할 수 있습니다. 여러 컨테이너에 나누어, 각자 데이터의 일부와 자기 볼륨을 갖게 합니다.',
    ),
    see: 'docker volume create --driver replicated pgdata; docker run -d -v pgdata:/var/lib/postgresql/data postgres:16; docker volume ls',
  },
  scheduling: {
    title: '오케스트레이션: 스케줄링',
    body: lines(
      'Kubernetes 같은 오케스트레이터는 사람이 호스트를 고르는 대신 어느 노드가 어떤 작업을 돌릴지 정합니다.',
      'kube-scheduler처럼, 먼저 작업을 받을 수 없는 노드(CPU나 메모리 여유 부족, cordon, 다운)를 걸러 내고, 나머지에 점수를 매겨(예: 가장 한가한 노드) 가장 좋은 곳을 고릅니다.',
      '노드가 죽으면 오케스트레이터는 그 작업을 남은 노드에 다시 배치합니다.',
      '노드를 cordon하면 이미 돌고 있는 것은 그대로 두고 새 배치에서만 빠집니다(예: 점검 전에).',
    ),
    see: 'host cordon host-2; host list; host uncordon host-2 (오케스트레이션이 열리면: kubectl get nodes, kubectl get pods -o wide)',
  },
  'self-healing': {
    title: '오케스트레이션: 자가 치유',
    body: lines(
      '디플로이먼트는 "이 이미지의 복제본 N개"라는 원하는 상태를 선언합니다. 컨트롤러가 실제로 도는 것과 계속 비교하며 차이를 고칩니다.',
      '죽은 컨테이너는 점점 길어지는 간격(10초, 20초, 40초 … 최대 5분: CrashLoopBackOff)을 두고 재시작되므로, 고장 난 앱이 기계를 태우지 않습니다.',
      '노드와 함께 사라진 복제본은 다른 노드에 다시 만들어집니다.',
      '그동안 서비스 뒤의 클라이언트는 건강한 복제본에게서 계속 응답을 받습니다.',
      'Docker의 재시작 정책(--restart always)은 같은 생각의 기계 한 대짜리 판입니다.',
    ),
    see: 'docker run -d -m 256m --restart always memhog:1.0; docker ps -a (오케스트레이션이 열리면: kubectl get pods, kubectl describe pod)',
  },
  'rolling-update': {
    title: '롤링 업데이트와 롤백',
    body: lines(
      '새 버전은 복제본 몇 개씩 옛 버전을 바꿔 나갑니다. 기본값으로 추가 복제본은 최대 25 %(surge), 사용할 수 없는 복제본도 최대 25 %입니다.',
      '새 복제본이 헬스 체크를 통과해야 다음 옛 복제본이 내려가므로, 배포 중에도 서비스가 살아 있습니다.',
      '새 버전이 죽거나 체크에 실패하면 롤아웃이 멈추고, 롤백하면 마지막으로 좋았던 리비전으로 돌아갑니다.',
      '리비전이 보관되므로 되돌리기는 명령 하나입니다.',
    ),
    see: 'docker pull shop/web:1.1 (오케스트레이션이 열리면: kubectl set image, kubectl rollout status, kubectl rollout undo)',
  },
  'service-discovery': {
    title: '서비스 디스커버리와 로드 밸런싱',
    body: lines(
      '복제본은 생겼다 사라지고 IP 주소도 바뀝니다. 클라이언트가 그것을 알 필요는 없어야 합니다.',
      '서비스는 변하지 않는 이름(과 가상 IP)을 주고, 그 이름은 어디서 돌든 건강한 복제본들로 풀립니다.',
      '서비스로 보낸 트래픽은 그 복제본들에 나뉘어 가고, 헬스 체크에 실패한 복제본은 트래픽을 받지 않습니다.',
      '그래서 스케일 아웃하거나 복제본을 바꿔도 클라이언트는 아무것도 바꿀 필요가 없습니다.',
    ),
    see: 'docker inspect <container> (복제본마다 자기 IP) (오케스트레이션이 열리면: kubectl expose, kubectl get services)',
  },
  secrets: {
    title: '시크릿',
    body: lines(
      '비밀번호, 토큰, 키는 시크릿 저장소에 두고, 실행할 때 컨테이너에 마운트한 파일이나 환경 변수로 건넵니다.',
      '이미지 레이어에 써 넣은 시크릿(ENV, 또는 키 파일의 COPY)은 이미지에 남습니다. 나중 단계에서 파일을 지워도, 이미지를 pull할 수 있는 누구나 그 레이어에서 읽을 수 있습니다.',
      '유출된 시크릿은 교체해야 합니다. 원본과 그것을 쓰는 모든 곳에서 바꾸세요. 이미지를 다시 빌드하는 것만으로는 부족합니다.',
      '시크릿은 레시피와 이미지 밖에 두고, 컨테이너가 시작할 때 건네세요.',
    ),
    see: 'docker history <image>; docker inspect <image> (오케스트레이션이 열리면: kubectl create secret)',
  },
  observability: {
    title: '로깅, 모니터링, 알림',
    body: lines(
      '메트릭은 시간에 따른 숫자(CPU, 메모리, 지연 시간, 오류)이고, 로그는 각 프로세스가 쓴 내용이며, 알림은 증상이 임계값을 넘을 때 울립니다.',
      '사용자가 느끼는 증상(오류, 느린 응답)에 알림을 걸고, 원인은 메트릭과 로그를 읽어 찾으세요.',
      '맞는 로그를 읽으세요. 앱 로그는 앱이 본 것을, 커널 로그는 커널이 앱에 한 일(OOM 킬, 패닉)을 말해 줍니다.',
      '스로틀링, 스틸 타임, 스왑은 오류로 드러나기 전에 지연 시간으로 먼저 드러납니다.',
    ),
    see: 'docker stats; docker logs <container>; host dmesg <host-or-vm>; host inspect <host>; vm inspect <vm>',
  },
  'scale-out': {
    title: '스케일 아웃과 마이크로서비스',
    body: lines(
      '스케일 업은 더 큰 기계입니다. 한계가 있고 사는 데 시간이 걸립니다. 스케일 아웃은 더 많은 기계에 더 많은 복제본입니다. 빠르고, 하나 늘 때마다 용량이 늡니다.',
      '스케일 아웃에는 로드 밸런서 뒤의 상태 없는 복제본이 필요합니다. 상태는 볼륨과 데이터베이스에 둡니다.',
      '마이크로서비스는 애플리케이션을 작은 서비스로 나누어 각자 따로 배포하고 확장합니다.',
      '나뉜 서비스는 따로 실패합니다. 호출하는 쪽이 실패를 다룬다면(타임아웃, 대체 응답) 서비스 하나가 고장 나도 나머지는 멀쩡합니다.',
    ),
    see: 'docker -H host-1 run -d shop/web:1.0; docker -H host-2 run -d shop/web:1.0 (오케스트레이션이 열리면: kubectl scale, kubectl autoscale)',
  },
};
