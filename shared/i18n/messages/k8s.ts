// Texts of the orchestrator's core (nodes, pods, scheduler, kubelet): hint lines under
// kubectl's own output, in English and Korean.
export const k8sMessages = {
  en: {
    hint: {
      placed: 'the scheduler put this pod on {{node}}: {{feasible}} of the {{evaluated}} nodes checked (cluster: {{total}}) passed the filters; {{node}} scored {{score}} ({{scores}}, score × weight), the next best, {{runnerUp}}, {{runnerUpScore}}.',
      placedOnly: 'the scheduler put this pod on {{node}}: it was the only one of the {{evaluated}} nodes checked (cluster: {{total}}) that passed the filters (room for the requests, not cordoned, no taint the pod does not tolerate).',
      drainBare: 'a pod without a controller (no replica set) is not recreated anywhere once evicted; --force deletes it for good. Nothing was changed on {{node}}.',
      noCluster: 'this scenario has no orchestrator: there is no API server for kubectl to talk to.',
    },
  },
  ko: {
    hint: {
      placed: '스케줄러가 이 파드를 {{node}}에 두었습니다. 살펴본 노드 {{evaluated}}대(클러스터 전체 {{total}}대) 가운데 {{feasible}}대가 필터를 통과했고, 그중 {{node}}의 점수가 {{score}}점({{scores}}, 점수 × 가중치)으로 가장 높았습니다. 다음은 {{runnerUp}}의 {{runnerUpScore}}점입니다.',
      placedOnly: '스케줄러가 이 파드를 {{node}}에 두었습니다. 살펴본 노드 {{evaluated}}대(클러스터 전체 {{total}}대) 가운데 필터(요청한 자원의 여유, cordon 여부, 파드가 견디지 못하는 테인트)를 통과한 노드는 이곳뿐이었습니다.',
      drainBare: '컨트롤러(레플리카셋)가 없는 파드는 축출되면 어디에서도 다시 만들어지지 않습니다. --force를 주면 아주 지워집니다. {{node}}에는 아무것도 바뀌지 않았습니다.',
      noCluster: '이 시나리오에는 오케스트레이터가 없습니다. kubectl이 말을 걸 API 서버가 없습니다.',
    },
  },
} as const;
