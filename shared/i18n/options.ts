// The i18next settings both instances use (the simulation's in shared/i18n and the
// browser client's): bundled resources, synchronous start, English as the fallback.
export const I18NEXT_OPTIONS = {
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
} as const;
