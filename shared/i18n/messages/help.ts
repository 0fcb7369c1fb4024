// Texts of the help area, in English and Korean (same keys and placeholders in both).
export const helpMessages = {
  en: {
    placeholder: 'placeholder',
  },
  ko: {
    placeholder: '자리표시자',
  },
} as const;
