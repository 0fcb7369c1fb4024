// The concept lessons (`concepts.*`, the texts of `explain`) are not in the first
// bundle: they are loaded once, on demand, into the i18n instance. Screens show the
// concept ids until then and re-translate when the texts arrive.
import { addTexts } from '../../i18n/index.ts';

let loading: Promise<boolean> | null = null;

/** Loads the lessons (once); resolves false when the chunk could not be fetched. */
export function loadConceptTexts(): Promise<boolean> {
  loading ??= import('../../../../shared/i18n/messages/concepts.ts').then(
    (m) => {
      addTexts('concepts', m.conceptMessages);
      return true;
    },
    () => {
      loading = null;
      return false;
    },
  );
  return loading;
}
