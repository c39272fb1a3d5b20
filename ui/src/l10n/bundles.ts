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
import frameEn from "./frame.en.ftl?raw";
import frameEs from "./frame.es.ftl?raw";
import kioskEn from "./kiosk.en.ftl?raw";
import kioskEs from "./kiosk.es.ftl?raw";
import messagesEn from "./messages.en.ftl?raw";
import messagesEs from "./messages.es.ftl?raw";
import modifyEn from "./modify.en.ftl?raw";
import modifyEs from "./modify.es.ftl?raw";
import talkEn from "./talk.en.ftl?raw";
import talkEs from "./talk.es.ftl?raw";

/**
 * The message files, in the order a lookup goes through them: the frame's
 * and the home page's (all the first screen needs), the shared file, one per
 * large screen, kiosk mode's.
 */
const FILES = ["frame", "shared", "apply", "modify", "documents", "talk", "messages", "appointments", "kiosk"] as const;
export type MessageFile = (typeof FILES)[number];
const TEXT: Record<Language, Record<MessageFile, string>> = {
  en: { frame: frameEn, shared: en, apply: applyEn, modify: modifyEn, documents: documentsEn, talk: talkEn, messages: messagesEn, appointments: appointmentsEn, kiosk: kioskEn },
  es: { frame: frameEs, shared: es, apply: applyEs, modify: modifyEs, documents: documentsEs, talk: talkEs, messages: messagesEs, appointments: appointmentsEs, kiosk: kioskEs },
};

/** Each language's messages, every file in one text (for checks of the whole set). */
export const SOURCES: Record<Language, string> = {
  en: FILES.map((file) => TEXT.en[file]).join("\n"),
  es: FILES.map((file) => TEXT.es[file]).join("\n"),
};
export const LANGUAGES: readonly Language[] = ["en", "es"];

/** No bidi isolation marks: both languages are LTR. */
function parse(language: Language, text: string, name: string): FluentBundle {
  const bundle = new FluentBundle(language, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(text));
  if (errors.length > 0) {
    throw new Error(`${name}: ${errors.map(String).join("; ")}`);
  }
  return bundle;
}

const fileBundles = new Map<string, FluentBundle>();

/**
 * One language's messages as one Fluent bundle per file, each parsed the
 * first time a message is looked for in it (`ReactLocalization` walks them
 * in order and keeps what it has walked). The first screen needs only the
 * frame's file: parsing all of a language took longer than anything else the
 * page did before its first heading, and the shared file alone took 4-8 ms
 * of it. No message refers to another file's.
 */
export function* bundlesFor(language: Language): Generator<FluentBundle> {
  for (const file of FILES) {
    const key = `${language}/${file}`;
    let bundle = fileBundles.get(key);
    if (!bundle) {
      bundle = parse(language, TEXT[language][file], `${file}.${language}.ftl`);
      fileBundles.set(key, bundle);
    }
    yield bundle;
  }
}

/** The files of `language` parsed so far (for tests). */
export function parsedFiles(language: Language): MessageFile[] {
  return FILES.filter((file) => fileBundles.has(`${language}/${file}`));
}

const bundles = new Map<Language, FluentBundle>();

/** All of one language's messages in one bundle, built once (for code and checks outside React). */
export function bundleFor(language: Language): FluentBundle {
  let bundle = bundles.get(language);
  if (!bundle) {
    bundle = parse(language, SOURCES[language], `${language}.ftl`);
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

/**
 * The language a run of the app starts in: the saved one when the parent may
 * use it; on a kiosk, else the office's first; at home, else the system's.
 */
export function startingLanguage(
  saved: Language | null,
  kiosk: { languages: readonly Language[] } | null,
  system: readonly string[],
): Language {
  const offered = kiosk ? kiosk.languages : LANGUAGES;
  if (saved !== null && offered.includes(saved)) return saved;
  if (kiosk) return offered[0] ?? "en";
  return saved ?? systemLanguage(system);
}

export function otherLanguage(language: Language): Language {
  return language === "en" ? "es" : "en";
}
