// Texts of the first browser console (EN and KO, same keys and placeholders).
export const consoleMessages = {
  en: {
    title: 'Nines',
    command: 'Command',
    connecting: 'connecting…',
    intro: 'Type "help" to see the commands, "explain <concept>" for a lesson.',
    status: 'scenario {{scenario}}, seed {{seed}} — game time {{time}}',
    cannotConnect: 'could not connect: {{reason}}',
  },
  ko: {
    title: 'Nines',
    command: '명령',
    connecting: '연결하는 중…',
    intro: '"help"를 입력하면 명령 목록이, "explain <개념>"을 입력하면 짧은 강의가 나옵니다.',
    status: '시나리오 {{scenario}}, 시드 {{seed}} — 게임 시각 {{time}}',
    cannotConnect: '연결하지 못했습니다: {{reason}}',
  },
} as const;
