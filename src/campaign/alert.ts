// An alert: a fraud scheme explained for the public, in Kazakh and Russian. Press kits are built from it.

export type AlertLang = 'kk' | 'ru';

export interface AlertText {
  title: string;
  /** How the scheme works, one paragraph. */
  scheme: string;
  /** The pretexts scammers use ("ошибка в авторизации", …). */
  pretexts: string[];
  /** What a person should do, one step a line. */
  whatToDo: string[];
}

export interface Hotline {
  number: string;
  label: { kk: string; ru: string; en: string };
}

export interface Alert {
  id?: number;
  slug: string;
  content: Record<AlertLang, AlertText>;
  hotlines: Hotline[];
  sourceUrl: string | null;
}
