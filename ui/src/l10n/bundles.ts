import { FluentBundle, type FluentResource } from "@fluent/bundle";
import type { Language } from "../bindings/Language";
import applyEn from "./apply.en.ftl?messages";
import applyEs from "./apply.es.ftl?messages";
import appointmentsEn from "./appointments.en.ftl?messages";
import appointmentsEs from "./appointments.es.ftl?messages";
import documentsEn from "./documents.en.ftl?messages";
import documentsEs from "./documents.es.ftl?messages";
import en from "./en.ftl?messages";
import es from "./es.ftl?messages";
import frameEn from "./frame.en.ftl?messages";
import frameEs from "./frame.es.ftl?messages";
import kioskEn from "./kiosk.en.ftl?messages";
import kioskEs from "./kiosk.es.ftl?messages";
import messagesEn from "./messages.en.ftl?messages";
import messagesEs from "./messages.es.ftl?messages";
import modifyEn from "./modify.en.ftl?messages";
import modifyEs from "./modify.es.ftl?messages";
import talkEn from "./talk.en.ftl?messages";
import talkEs from "./talk.es.ftl?messages";

/**
 * The message files, in the order a lookup goes through them: the frame's
 * and the home page's (all the first screen needs), the shared file, one per
 * large screen, kiosk mode's. `en.ftl` and `es.ftl` are the shared file's.
 */
export const MESSAGE_FILES = ["frame", "shared", "apply", "modify", "documents", "talk", "messages", "appointments", "kiosk"] as const;
export type MessageFile = (typeof MESSAGE_FILES)[number];

/** Each file's messages, parsed when the app was built (`fluentMessages` in vite.config.ts). */
const PARSED: Record<Language, Record<MessageFile, string>> = {
  en: { frame: frameEn, shared: en, apply: applyEn, modify: modifyEn, documents: documentsEn, talk: talkEn, messages: messagesEn, appointments: appointmentsEn, kiosk: kioskEn },
  es: { frame: frameEs, shared: es, apply: applyEs, modify: modifyEs, documents: documentsEs, talk: talkEs, messages: messagesEs, appointments: appointmentsEs, kiosk: kioskEs },
};
export const LANGUAGES: readonly Language[] = ["en", "es"];

/** The name of a message file in `src/l10n`. */
export function messageFileName(language: Language, file: MessageFile): string {
  return file === "shared" ? `${language}.ftl` : `${file}.${language}.ftl`;
}

/** A file's messages as the build parsed them (for tests, which compare them with the file). */
export function parsedMessages(language: Language, file: MessageFile): FluentResource["body"] {
  return JSON.parse(PARSED[language][file]) as FluentResource["body"];
}

/** A bundle of `resource`'s messages; a message given twice throws, naming `name`. No bidi isolation marks: both languages are LTR. */
export function bundleOf(language: Language, resource: FluentResource, name: string): FluentBundle {
  const bundle = new FluentBundle(language, { useIsolating: false });
  const errors = bundle.addResource(resource);
  if (errors.length > 0) throw new Error(`${name}: ${errors.map(String).join("; ")}`);
  return bundle;
}

const fileBundles = new Map<string, FluentBundle>();

/**
 * One language's messages as one Fluent bundle per file, each made the first
 * time a message is looked for in it (`ReactLocalization` walks them in order
 * and keeps what it has walked). The first screen needs only the frame's
 * file. No message refers to another file's.
 */
export function* bundlesFor(language: Language): Generator<FluentBundle> {
  for (const file of MESSAGE_FILES) {
    const key = `${language}/${file}`;
    let bundle = fileBundles.get(key);
    if (!bundle) {
      bundle = bundleOf(language, { body: parsedMessages(language, file) }, messageFileName(language, file));
      fileBundles.set(key, bundle);
    }
    yield bundle;
  }
}

/** The files of `language` made into bundles so far (for tests). */
export function parsedFiles(language: Language): MessageFile[] {
  return MESSAGE_FILES.filter((file) => fileBundles.has(`${language}/${file}`));
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
