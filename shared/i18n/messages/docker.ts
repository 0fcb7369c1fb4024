// Texts of the docker area, in English and Korean (same keys and placeholders in both).
export const dockerMessages = {
  en: {
    placeholder: 'placeholder',
  },
  ko: {
    placeholder: '자리표시자',
  },
} as const;
