// Korean texts (한국어), assembled from one module per area (messages/*.ts). en.ts has the same
// keys and placeholders; tests/i18n/parity.test.ts checks it.
import { commonMessages } from './messages/common.ts';
import { consoleMessages } from './messages/console.ts';
import { dockerMessages } from './messages/docker.ts';
import { imageMessages } from './messages/images.ts';
import { machineMessages } from './messages/machines.ts';
import { helpMessages } from './messages/help.ts';
import { serviceMessages } from './messages/services.ts';
import { conceptMessages } from './messages/concepts.ts';
import { opsMessages } from './messages/ops.ts';
import { k8sMessages } from './messages/k8s.ts';
import { levelMessages } from './messages/level.ts';
import { workloadMessages } from './messages/workloads.ts';
import { roomMessages } from './messages/room.ts';

export const ko = {
  common: commonMessages.ko,
  console: consoleMessages.ko,
  docker: dockerMessages.ko,
  images: imageMessages.ko,
  machines: machineMessages.ko,
  help: helpMessages.ko,
  services: serviceMessages.ko,
  concepts: conceptMessages.ko,
  ops: opsMessages.ko,
  k8s: k8sMessages.ko,
  level: levelMessages.ko,
  workloads: workloadMessages.ko,
  room: roomMessages.ko,
};
