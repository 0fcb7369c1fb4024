// Texts of the services-and-money area (service commands, host buy): hints under the
// load balancer's diagnosis and the order confirmation, in English and Korean.
export const serviceMessages = {
  en: {
    hint: {
      commands: 'service commands: list, inspect (see "help service")',
      unknownService: 'the services are: {{services}} (see them with "service list")',
      noServices: 'this scenario defines no customer-facing services',
      noBackends:
        'the load balancer only sends requests to running containers that carry every label of its selector. Start one, e.g. "docker run -d {{labels}} <image>" (the app listens on port {{port}}); more than one survives the loss of a host',
      noEndpoints:
        'a k8s Service sends only to Ready pods whose labels match its selector ({{selector}}). Check "kubectl get pods --show-labels": are the pods running, Ready, and labelled as the selector says?',
      noK8sService:
        'pods alone are not reachable by name: a Service gives them one stable name and IP and load-balances over the Ready ones. Create "{{name}}" with kubectl expose',
      unreachable:
        'kube-proxy keeps sending to a pod until it is marked not Ready; a node that stops answering is noticed only after ~40 s without a heartbeat. Run more replicas spread over several nodes so a lost node costs only its share',
      targetPort:
        'kube-proxy forwards to the pod IP on the Service\'s targetPort, and nothing listens there. Recreate the Service with the port the app listens on: kubectl delete service {{name}}, then kubectl expose ... --target-port {{port}}',
      overload:
        'the backends get more requests than their CPU can serve: the excess waits past the deadline. Add backends (scale out), give them more CPU, or remove what competes with them',
      appErrors: 'the requests reach the application and it answers with errors: look at its logs; if a new release started it, roll back',
    },
    note: {
      throttled: '{{name}} hits its CPU quota (--cpus {{cpus}}): every 100 ms period it runs out of quota and its requests wait for the next one. Give it more CPU or add backends',
      runQueue: 'the kernel of {{machine}} is asked for more CPU than it has: requests of {{name}} wait in the run queue behind other processes (a noisy neighbour?). Put a --cpus limit on the others or move {{name}}',
      steal: '{{machine}} waits for physical CPUs (steal {{steal}}): its hypervisor host is overcommitted, so {{name}} answers slowly',
      swap: '{{machine}} is partly swapped out by its host: page faults stall the requests of {{name}}',
      busy: '{{name}} is {{util}} busy: past ~70 % a queue forms and latency climbs steeply. Add a backend before the peak',
    },
    buy: {
      hint: {
        forSale: 'host types for sale here: {{types}} (their sizes and prices are in the scenario; "host list" shows what you have)',
        nothingForSale: 'this scenario sells no hardware: make do with the hosts you have',
        funds: 'the balance ({{balance}}) does not cover {{price}}: served requests earn money, idle hosts cost it. Wait for revenue, or buy a smaller type',
        containerHost: 'a container host runs Linux and containers directly; only a hypervisor host has a hypervisor (type1 on the hardware, type2 on a host OS)',
      },
      note: {
        arrives: 'Until then it does not exist. When it arrives ({{host}}) it is empty: images must be pulled onto it before containers run there',
      },
    },
  },
  ko: {
    hint: {
      commands: 'service 명령: list, inspect ("help service" 참고)',
      unknownService: '서비스 목록: {{services}} ("service list"로 볼 수 있습니다)',
      noServices: '이 시나리오에는 고객용 서비스가 없습니다',
      noBackends:
        '로드 밸런서는 셀렉터의 레이블을 모두 가진 실행 중인 컨테이너에만 요청을 보냅니다. 예를 들어 "docker run -d {{labels}} <image>"로 하나 띄우세요 (앱은 {{port}}번 포트에서 받습니다). 두 개 이상이면 호스트 하나를 잃어도 버팁니다',
      noEndpoints:
        'k8s Service는 레이블이 셀렉터({{selector}})와 맞는 Ready 파드에만 요청을 보냅니다. "kubectl get pods --show-labels"로 파드가 실행 중이고 Ready이며 셀렉터대로 레이블이 붙었는지 확인하세요',
      noK8sService:
        '파드만으로는 이름으로 찾아갈 수 없습니다. Service가 파드들에 고정된 이름과 IP를 주고 Ready인 파드들로 부하를 나눕니다. kubectl expose로 "{{name}}"을(를) 만드세요',
      unreachable:
        'kube-proxy는 파드가 Not Ready로 표시될 때까지 계속 요청을 보냅니다. 응답이 끊긴 노드는 하트비트 없이 약 40초가 지나야 알아챕니다. 레플리카를 늘려 여러 노드에 흩어 두면 노드 하나를 잃어도 그 몫만 잃습니다',
      targetPort:
        'kube-proxy는 파드 IP의 Service targetPort로 요청을 넘기는데, 그 포트에서 듣는 프로세스가 없습니다. 앱이 실제로 듣는 포트로 Service를 다시 만드세요: kubectl delete service {{name}} 후 kubectl expose ... --target-port {{port}}',
      overload:
        '백엔드가 CPU로 처리할 수 있는 것보다 많은 요청을 받고 있어 넘치는 요청은 기한을 넘겨 타임아웃됩니다. 백엔드를 늘리거나(스케일 아웃), CPU를 더 주거나, 같이 CPU를 다투는 것을 치우세요',
      appErrors: '요청은 애플리케이션까지 가지만 애플리케이션이 오류로 답합니다. 로그를 보고, 새 릴리스 뒤로 시작됐다면 롤백하세요',
    },
    note: {
      throttled: '{{name}}이(가) CPU 쿼터(--cpus {{cpus}})에 걸립니다. 100ms 주기마다 쿼터를 다 써서 요청이 다음 주기를 기다립니다. CPU를 더 주거나 백엔드를 늘리세요',
      runQueue: '{{machine}}의 커널이 가진 것보다 많은 CPU를 요구받고 있어 {{name}}의 요청이 다른 프로세스 뒤에서 실행 큐를 기다립니다 (시끄러운 이웃?). 다른 컨테이너에 --cpus 제한을 걸거나 {{name}}을(를) 옮기세요',
      steal: '{{machine}}이(가) 물리 CPU를 기다립니다 (steal {{steal}}). 하이퍼바이저 호스트가 과할당되어 {{name}}의 응답이 느립니다',
      swap: '{{machine}}의 메모리 일부가 호스트의 스왑으로 밀려났습니다. 페이지 폴트가 {{name}}의 요청을 멈춰 세웁니다',
      busy: '{{name}}의 사용률이 {{util}}입니다. 약 70%를 넘으면 큐가 생기고 지연 시간이 가파르게 오릅니다. 피크 전에 백엔드를 추가하세요',
    },
    buy: {
      hint: {
        forSale: '여기서 살 수 있는 호스트 종류: {{types}} (크기와 가격은 시나리오에 있고, 가진 호스트는 "host list"로 봅니다)',
        nothingForSale: '이 시나리오에서는 하드웨어를 살 수 없습니다. 지금 있는 호스트로 해결하세요',
        funds: '잔액({{balance}})으로는 {{price}}을(를) 낼 수 없습니다. 처리한 요청은 돈을 벌고 놀고 있는 호스트는 돈을 씁니다. 수익을 기다리거나 더 작은 종류를 사세요',
        containerHost: '컨테이너 호스트는 리눅스 위에서 컨테이너를 직접 돌립니다. 하이퍼바이저는 하이퍼바이저 호스트에만 있습니다 (type1은 하드웨어 위, type2는 호스트 OS 위)',
      },
      note: {
        arrives: '그때까지 이 호스트는 없습니다. 도착하면({{host}}) 비어 있으므로 컨테이너를 돌리기 전에 이미지를 받아야 합니다',
      },
    },
  },
} as const;
