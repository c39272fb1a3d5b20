import type { FluentVariable } from "@fluent/bundle";
import { useLocalization } from "@fluent/react";
import { useCallback } from "react";
import type { Language } from "../../bindings/Language";
import { formatDate } from "./dates";
import { formatAmount } from "./money";

/** A worksheet line or note as the calculator sends it: a key, its arguments, and English. */
export interface KeyedText {
  key: string;
  args: Partial<Record<string, string>>;
  english: string;
}

/** Arguments that are counts: numbers to Fluent, so `{ $children -> [one] ... }` selects. */
const COUNTS = new Set(["children", "others", "months"]);
/** Arguments that are money, as the calculator writes it (`11700.00`). */
const MONEY = new Set(["cap", "limit", "full", "guideline", "reserve", "difference", "threshold"]);
/** Arguments that are dates (`2026-03-01`). */
const DATES = new Set(["due"]);

/** The calculator's arguments as Fluent variables: counts as numbers, money and dates formatted. */
export function worksheetVariables(
  args: Partial<Record<string, string>>,
  language: Language,
): Record<string, FluentVariable> {
  const variables: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue;
    if (COUNTS.has(name) && /^\d+$/.test(value)) variables[name] = Number(value);
    else if (MONEY.has(name)) variables[name] = formatAmount(value);
    else if (DATES.has(name)) variables[name] = formatDate(value, language);
    else variables[name] = value;
  }
  return variables;
}

/** What to show, and `lang="en"` when it is the calculator's English in a Spanish page. */
export interface ShownText {
  text: string;
  lang?: "en";
}

/**
 * `text({ key, args, english })`: a worksheet line or note in the parent's language, from
 * the message `ws-<key>`; the calculator's English when the app has no such message.
 */
export function useWorksheetText(language: Language): (item: KeyedText) => ShownText {
  const { l10n } = useLocalization();
  return useCallback(
    ({ key, args, english }) => {
      const id = `ws-${key}`;
      const known = Array.from(l10n.bundles).some((bundle) => bundle.hasMessage(id));
      if (!known) return language === "en" ? { text: english } : { text: english, lang: "en" };
      return { text: l10n.getString(id, worksheetVariables(args, language)) };
    },
    [l10n, language],
  );
}
