// English texts, assembled from one module per area (messages/*.ts). ko.ts has the same
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

export const en = {
  common: commonMessages.en,
  console: consoleMessages.en,
  docker: dockerMessages.en,
  images: imageMessages.en,
  machines: machineMessages.en,
  help: helpMessages.en,
  services: serviceMessages.en,
  concepts: conceptMessages.en,
  ops: opsMessages.en,
  k8s: k8sMessages.en,
  level: levelMessages.en,
  workloads: workloadMessages.en,
  room: roomMessages.en,
};
