import { FluentResource, type FluentBundle } from "@fluent/bundle";
import type { Language } from "../bindings/Language";
import { bundleOf, messageFileName, MESSAGE_FILES, type MessageFile } from "../l10n/bundles";

/** Every message file's text, by its name (`en.ftl`, `frame.es.ftl`...). */
const TEXT = import.meta.glob<string>("../l10n/*.ftl", { query: "?raw", import: "default", eager: true });

/** A message file's text, as written. */
export function messageSource(language: Language, file: MessageFile): string {
  const text = TEXT[`../l10n/${messageFileName(language, file)}`];
  if (text === undefined) throw new Error(`no message file ${messageFileName(language, file)}`);
  return text;
}

/** Each language's messages, every file in one text (for checks of the whole set). */
export const SOURCES: Record<Language, string> = {
  en: MESSAGE_FILES.map((file) => messageSource("en", file)).join("\n"),
  es: MESSAGE_FILES.map((file) => messageSource("es", file)).join("\n"),
};

const bundles = new Map<Language, FluentBundle>();

/** All of one language's messages in one bundle, parsed from the files as written, once. */
export function bundleFor(language: Language): FluentBundle {
  let bundle = bundles.get(language);
  if (!bundle) {
    bundle = bundleOf(language, new FluentResource(SOURCES[language]), `every ${language} file`);
    bundles.set(language, bundle);
  }
  return bundle;
}
