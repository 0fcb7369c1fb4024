// Texts of the images area (pull, push, build, registries), in English and Korean.
export const imageMessages = {
  en: {
    placeholder: 'placeholder',
  },
  ko: {
    placeholder: '자리표시자',
  },
} as const;
