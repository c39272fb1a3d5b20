import { FluentBundle, type FluentResource } from "@fluent/bundle";
import type { Language } from "../bindings/Language";
import frameEn from "./frame.en.ftl?messages";
import frameEs from "./frame.es.ftl?messages";
import kioskEn from "./kiosk.en.ftl?messages";
import kioskEs from "./kiosk.es.ftl?messages";

/**
 * The message files, in the order a lookup goes through them: the frame's
 * and the home page's (all the first screen needs), the shared file, one per
 * large screen, kiosk mode's. `en.ftl` and `es.ftl` are the shared file's.
 */
export const MESSAGE_FILES = ["frame", "shared", "apply", "modify", "documents", "talk", "messages", "appointments", "kiosk"] as const;
export type MessageFile = (typeof MESSAGE_FILES)[number];

/** The files the page loads with its first screen: what the frame, the home page and a kiosk's screens say. */
type StartFile = "frame" | "kiosk";
/** The others, which only the job screens use: loaded with the first of them (`loadJobMessages`). */
export type JobFile = Exclude<MessageFile, StartFile>;

/** Each file's messages, parsed when the app was built (`fluentMessages` in vite.config.ts). */
const PARSED: Record<Language, Record<StartFile, string> & Partial<Record<JobFile, string>>> = {
  en: { frame: frameEn, kiosk: kioskEn },
  es: { frame: frameEs, kiosk: kioskEs },
};
export const LANGUAGES: readonly Language[] = ["en", "es"];

/** The name of a message file in `src/l10n`. */
export function messageFileName(language: Language, file: MessageFile): string {
  return file === "shared" ? `${language}.ftl` : `${file}.${language}.ftl`;
}

/** A file's messages as the build parsed them (for tests, which compare them with the file); a job screens' file once loaded. */
export function parsedMessages(language: Language, file: MessageFile): FluentResource["body"] {
  const text = PARSED[language][file];
  if (text === undefined) throw new Error(`${messageFileName(language, file)} is not loaded yet: see loadJobMessages`);
  return JSON.parse(text) as FluentResource["body"];
}

/** A bundle of `resource`'s messages; a message given twice throws, naming `name`. No bidi isolation marks: both languages are LTR. */
export function bundleOf(language: Language, resource: FluentResource, name: string): FluentBundle {
  const bundle = new FluentBundle(language, { useIsolating: false });
  const errors = bundle.addResource(resource);
  if (errors.length > 0) throw new Error(`${name}: ${errors.map(String).join("; ")}`);
  return bundle;
}

const fileBundles = new Map<string, FluentBundle>();
/** Bundles made, still empty, for job screens' files that had not come yet: filled when they do. */
const waiting = new Map<string, { language: Language; file: JobFile; bundle: FluentBundle }>();

let jobMessages: Promise<void> | null = null;

/**
 * Loads the job screens' message files (a chunk of their own: most of the
 * app's text, which the first screen does without), once. The job screens
 * wait for it before they show (`src/frame/Frame.tsx`). A failed load may
 * be tried again.
 */
export function loadJobMessages(): Promise<void> {
  jobMessages ??= import("./jobMessages").then(
    ({ JOB_MESSAGES }) => {
      for (const language of LANGUAGES) Object.assign(PARSED[language], JOB_MESSAGES[language]);
      for (const [key, { language, file, bundle }] of waiting) {
        const errors = bundle.addResource({ body: parsedMessages(language, file) });
        if (errors.length > 0) throw new Error(`${messageFileName(language, file)}: ${errors.map(String).join("; ")}`);
        waiting.delete(key);
      }
    },
    (error: unknown) => {
      jobMessages = null;
      throw error;
    },
  );
  return jobMessages;
}

/**
 * One language's messages as one Fluent bundle per file, each made the first
 * time a message is looked for in it (`ReactLocalization` walks them in order
 * and keeps what it has walked). The first screen needs only the frame's
 * file. A job screens' file walked before it was loaded is an empty bundle
 * until it is (nothing outside those screens says what they hold). No
 * message refers to another file's.
 */
export function* bundlesFor(language: Language): Generator<FluentBundle> {
  for (const file of MESSAGE_FILES) {
    const key = `${language}/${file}`;
    let bundle = fileBundles.get(key);
    if (!bundle) {
      if (PARSED[language][file] === undefined) {
        bundle = new FluentBundle(language, { useIsolating: false });
        waiting.set(key, { language, file: file as JobFile, bundle });
      } else {
        bundle = bundleOf(language, { body: parsedMessages(language, file) }, messageFileName(language, file));
      }
      fileBundles.set(key, bundle);
    }
    yield bundle;
  }
}

/** The files of `language` made into bundles with their messages so far (for tests). */
export function parsedFiles(language: Language): MessageFile[] {
  return MESSAGE_FILES.filter((file) => fileBundles.has(`${language}/${file}`) && !waiting.has(`${language}/${file}`));
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
