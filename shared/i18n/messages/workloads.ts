// Texts of the workloads area (deployments, rollouts, services, secrets, autoscaling,
// manifests), in English and Korean with the same keys and placeholders. kubectl's own
// messages stay verbatim; these hints explain them below.
export const workloadMessages = {
  en: {
    hint: {
      notSimulated: 'this simulation models {{supported}} here, not {{path}}.',
      selectorMismatch: 'a Deployment finds its pods by spec.selector.matchLabels, so the pod template must carry every one of those labels; otherwise its replica set would create pods it can never count.',
      manifestNotFound: '"{{name}}" is neither a manifest of this scenario ({{names}}) nor inline YAML. Inline YAML is one quoted word with \\n between the lines.',
      alreadyExists: '{{kind}} "{{name}}" already exists. "kubectl apply -f" updates an object in place; "kubectl delete {{kind}} {{name}}" removes it.',
      noHistory: 'rollout undo returns to the previous revision, and {{name}} has only one so far. "kubectl rollout history deployment/{{name}}" lists the revisions.',
      revisionNotFound: 'the revisions of {{name}} are {{revisions}}: undoing to an old revision moves it to the top of the list under a new number.',
      containerNotFound: 'the pods of {{name}} run one container, named "{{container}}": kubectl set image deployment/{{name}} {{container}}=<image>',
      replicasRequired: 'say how many pods you want, e.g. kubectl scale deployment/{{name}} --replicas=3',
      noPort: 'the pods of {{name}} declare no containerPort, so kubectl cannot guess which port to forward to: add --port <port>.',
      literal: 'each --from-literal takes key=value, e.g. --from-literal=password=s3cret.',
      deploymentOnly: 'in this simulation {{verb}} works on deployments: kubectl {{verb}} deployment/<name> …',
    },
  },
  ko: {
    hint: {
      notSimulated: '이 시뮬레이션은 여기서 {{supported}}만 다루고, {{path}}은(는) 다루지 않습니다.',
      selectorMismatch: 'Deployment는 spec.selector.matchLabels로 자기 파드를 찾습니다. 그래서 파드 템플릿에 그 레이블이 모두 있어야 합니다. 그렇지 않으면 레플리카셋이 만든 파드를 스스로 셀 수 없게 됩니다.',
      manifestNotFound: '"{{name}}"은(는) 이 시나리오의 매니페스트({{names}})도 아니고 인라인 YAML도 아닙니다. 인라인 YAML은 따옴표로 감싼 한 단어로, 줄 사이에 \\n을 넣어 씁니다.',
      alreadyExists: '{{kind}} "{{name}}"이(가) 이미 있습니다. 있는 객체를 바꾸려면 "kubectl apply -f"를, 지우려면 "kubectl delete {{kind}} {{name}}"을 쓰세요.',
      noHistory: 'rollout undo는 바로 전 리비전으로 돌아가는데, {{name}}에는 아직 리비전이 하나뿐입니다. "kubectl rollout history deployment/{{name}}"로 리비전 목록을 확인하세요.',
      revisionNotFound: '{{name}}의 리비전은 {{revisions}}입니다. 옛 리비전으로 되돌리면 그 리비전은 새 번호를 받아 목록 맨 위로 올라갑니다.',
      containerNotFound: '{{name}}의 파드에는 "{{container}}"라는 컨테이너 하나가 있습니다: kubectl set image deployment/{{name}} {{container}}=<image>',
      replicasRequired: '원하는 파드 수를 지정하세요. 예: kubectl scale deployment/{{name}} --replicas=3',
      noPort: '{{name}}의 파드가 containerPort를 선언하지 않아서 kubectl이 어느 포트로 보낼지 알 수 없습니다. --port <port>를 붙이세요.',
      literal: '--from-literal에는 key=value 형태로 씁니다. 예: --from-literal=password=s3cret',
      deploymentOnly: '이 시뮬레이션에서 {{verb}}은(는) 디플로이먼트에만 쓸 수 있습니다: kubectl {{verb}} deployment/<name> …',
    },
  },
};
