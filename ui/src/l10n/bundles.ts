import { FluentBundle, FluentResource } from "@fluent/bundle";
import type { Language } from "../bindings/Language";
import applyEn from "./apply.en.ftl?raw";
import applyEs from "./apply.es.ftl?raw";
import appointmentsEn from "./appointments.en.ftl?raw";
import appointmentsEs from "./appointments.es.ftl?raw";
import documentsEn from "./documents.en.ftl?raw";
import documentsEs from "./documents.es.ftl?raw";
import en from "./en.ftl?raw";
import es from "./es.ftl?raw";
import kioskEn from "./kiosk.en.ftl?raw";
import kioskEs from "./kiosk.es.ftl?raw";
import messagesEn from "./messages.en.ftl?raw";
import messagesEs from "./messages.es.ftl?raw";
import modifyEn from "./modify.en.ftl?raw";
import modifyEs from "./modify.es.ftl?raw";
import talkEn from "./talk.en.ftl?raw";
import talkEs from "./talk.es.ftl?raw";

/** Each language's messages: the shared file, then one file per large screen, then kiosk mode's. */
export const SOURCES: Record<Language, string> = {
  en: [en, applyEn, modifyEn, documentsEn, talkEn, messagesEn, appointmentsEn, kioskEn].join("\n"),
  es: [es, applyEs, modifyEs, documentsEs, talkEs, messagesEs, appointmentsEs, kioskEs].join("\n"),
};
export const LANGUAGES: readonly Language[] = ["en", "es"];

const bundles = new Map<Language, FluentBundle>();

/** One bundle per language, built once. No bidi isolation marks: both languages are LTR. */
export function bundleFor(language: Language): FluentBundle {
  let bundle = bundles.get(language);
  if (!bundle) {
    bundle = new FluentBundle(language, { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(SOURCES[language]));
    if (errors.length > 0) {
      throw new Error(`${language}.ftl: ${errors.map(String).join("; ")}`);
    }
    bundles.set(language, bundle);
  }
  return bundle;
}

/**
 * The language to show when the parent has not picked one: the first of the
 * system's preferred languages that we have (es-MX, es-419 -> Spanish), else English.
 */
export function systemLanguage(requested: readonly string[]): Language {
  for (const tag of requested) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === "es" || primary === "en") return primary;
  }
  return "en";
}

export function otherLanguage(language: Language): Language {
  return language === "en" ? "es" : "en";
}
