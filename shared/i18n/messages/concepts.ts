// Texts of `explain`: the lessons (conceptsEn.ts, conceptsKo.ts) and the labels around
// them, in English and Korean (same keys and placeholders in both).
import { conceptsEn } from './conceptsEn.ts';
import { conceptsKo } from './conceptsKo.ts';

export const conceptMessages = {
  en: conceptsEn,
  ko: conceptsKo,
} as const;
