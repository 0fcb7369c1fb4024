// Texts shared by every command family: hints shown under a real tool's error.
export const commonMessages = {
  en: {
    hint: 'hint: {{text}}',
    notUnlocked: '{{family}} is not unlocked in this scenario',
  },
  ko: {
    hint: '힌트: {{text}}',
    notUnlocked: '이 시나리오에서는 {{family}} 명령을 아직 쓸 수 없습니다',
  },
} as const;
