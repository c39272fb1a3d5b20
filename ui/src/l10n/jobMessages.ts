// The job screens' message files, in a chunk of their own: loaded with the
// first job screen (`loadJobMessages` in bundles.ts), not with the first
// screen, which needs only the frame's and kiosk mode's.
import type { Language } from "../bindings/Language";
import type { JobFile } from "./bundles";
import applyEn from "./apply.en.ftl?messages";
import applyEs from "./apply.es.ftl?messages";
import appointmentsEn from "./appointments.en.ftl?messages";
import appointmentsEs from "./appointments.es.ftl?messages";
import documentsEn from "./documents.en.ftl?messages";
import documentsEs from "./documents.es.ftl?messages";
import en from "./en.ftl?messages";
import es from "./es.ftl?messages";
import messagesEn from "./messages.en.ftl?messages";
import messagesEs from "./messages.es.ftl?messages";
import modifyEn from "./modify.en.ftl?messages";
import modifyEs from "./modify.es.ftl?messages";
import talkEn from "./talk.en.ftl?messages";
import talkEs from "./talk.es.ftl?messages";

export const JOB_MESSAGES: Record<Language, Record<JobFile, string>> = {
  en: { shared: en, apply: applyEn, modify: modifyEn, documents: documentsEn, talk: talkEn, messages: messagesEn, appointments: appointmentsEn },
  es: { shared: es, apply: applyEs, modify: modifyEs, documents: documentsEs, talk: talkEs, messages: messagesEs, appointments: appointmentsEs },
};
