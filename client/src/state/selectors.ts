// View-models for the views and screens, computed from the ClientStore: the layout
// (racks → hosts → VMs → kernels → containers) and tiles, inspectors with their "why"
// hints, the HUD, and the current seat's permissions. Pure functions of the store
// (and the current language); views call them for what changed and render the result.
export { selectLayout, selectAlertSubjects, selectTransfersByTarget, hostTile, vmTile, containerTile } from './selectors/layout.ts';
export type { Layout, RackNode, HostNode, VmNode, KernelNode, HostTile, VmTile, ContainerTile, TransferTile } from './selectors/layout.ts';
export { selectHostInspector, selectVmInspector, selectContainerInspector, selectServiceInspector, selectDeploymentInspector } from './selectors/inspectors.ts';
export type { Fact, HostInspector, VmInspector, ContainerInspector, ServiceInspector, DeploymentInspector } from './selectors/inspectors.ts';
export { whyContainer, whyHost, whyVm, whyPod, whyService } from './selectors/why.ts';
export type { WhyHint, ContainerMachine } from './selectors/why.ts';
export { selectHud, selectClock, selectMoney, selectServices, selectObjectives, selectAlerts, selectIncidents, selectPlayers, selectLog } from './selectors/hud.ts';
export type { HudVM, ClockVM, MoneyVM, ServiceSloVM, ObjectiveVM, AlertVM, IncidentVM, PlayerVM, LogLineVM } from './selectors/hud.ts';
export { selectPermissions, SPEEDS } from './selectors/permissions.ts';
export type { Permissions } from './selectors/permissions.ts';
export { gameClock, moneyText, milliPercentText, permilleText, sizeText, cpusText, spanText, bar, codeLabel, valueLabel } from './selectors/format.ts';
export type { Tone, Bar, GameClock } from './selectors/format.ts';
