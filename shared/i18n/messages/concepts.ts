// Texts of the concepts area, in English and Korean (same keys and placeholders in both).
export const conceptMessages = {
  en: {
    placeholder: 'placeholder',
  },
  ko: {
    placeholder: '자리표시자',
  },
} as const;
