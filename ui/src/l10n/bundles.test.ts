import { FluentResource } from "@fluent/bundle";
import { beforeAll, describe, expect, it } from "vitest";
import { messageSource } from "../test/messageSources";
import { bundlesFor, LANGUAGES, loadJobMessages, MESSAGE_FILES, parsedMessages } from "./bundles";

describe("the messages the build parsed", () => {
  beforeAll(() => loadJobMessages());

  it("are each file's messages as Fluent's own parser reads the file", () => {
    for (const language of LANGUAGES) {
      for (const file of MESSAGE_FILES) {
        const body = parsedMessages(language, file);
        expect(body.length, `${language}/${file}`).toBeGreaterThan(0);
        expect(body, `${language}/${file}`).toEqual(new FluentResource(messageSource(language, file)).body);
      }
    }
  });

  it("format as the files say, variables and plural forms included", () => {
    const messages = [...bundlesFor("es")][MESSAGE_FILES.indexOf("messages")];
    const unread = messages?.getMessage("messages-unread-total");
    if (!messages || !unread?.value) throw new Error("no messages-unread-total in messages.es.ftl");
    const format = (count: number) => {
      const errors: Error[] = [];
      const text = messages.formatPattern(unread.value ?? "", { count }, errors);
      expect(errors).toEqual([]);
      return text;
    };
    expect(format(0)).toBe("No tiene mensajes sin leer.");
    expect(format(1)).toBe("Tiene 1 mensaje sin leer.");
    expect(format(3)).toBe("Tiene 3 mensajes sin leer.");
  });
});
