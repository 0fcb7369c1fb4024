// Texts of the machines area, in English and Korean (same keys and placeholders in both).
export const machineMessages = {
  en: {
    placeholder: 'placeholder',
  },
  ko: {
    placeholder: '자리표시자',
  },
} as const;
