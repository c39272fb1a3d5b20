import { Button } from "../../uswds";
import type { OutboxItem } from "../../bindings/OutboxItem";
import { useLanguage } from "../../l10n/LanguageProvider";
import { asSentence, formatMoment } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";

function OutboxEntry({ item, onRetry }: { item: OutboxItem; onRetry(id: string): void }) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const moment = (at: string) => formatMoment(at, language, { withDate: true });
  const titleId = `outbox-${item.id}-title`;
  const { state } = item;
  let status: string;
  const details: string[] = [];
  switch (state.state) {
    case "queued":
      status = t("outbox-queued");
      if (state.retry_at) details.push(t("outbox-retry-at", { time: formatMoment(state.retry_at, language) }));
      if (state.error) details.push(t("outbox-last-error", { reason: errorText(state.error) }));
      break;
    case "sending":
      status = t("outbox-sending");
      break;
    case "paused":
      status = t("outbox-paused");
      break;
    case "delivered":
      status = t("outbox-delivered", { receipt: state.receipt });
      break;
    case "failed":
      status = t("outbox-failed", { reason: errorText(state.error) });
      break;
  }
  const about = [item.case_id ? t("outbox-case", { id: item.case_id }) : null, t("outbox-submitted", { time: moment(item.created_at) })];
  return (
    <li className="app-outbox__item" data-outbox-id={item.id} data-state={state.state}>
      <h3 id={titleId} className="app-outbox__title">
        {t(`outbox-kind-${item.kind}`)}
      </h3>
      <p className="app-outbox__about">{about.filter((part) => part !== null).join(" · ")}</p>
      <p className="app-outbox__state">{status}</p>
      {details.length > 0 && <p className="app-outbox__details">{details.map(asSentence).join(" ")}</p>}
      {state.state === "failed" && (
        <Button
          type="button"
          outline
          id={`retry-${item.id}`}
          className="app-outbox__retry"
          aria-describedby={titleId}
          onClick={() => onRetry(item.id)}
        >
          {t("outbox-retry")}
        </Button>
      )}
    </li>
  );
}

/** What the parent submitted through the app, and where each item stands. */
export function OutboxList({ items, onRetry }: { items: OutboxItem[]; onRetry(id: string): void }) {
  const t = useText();
  return (
    <section id="outbox" className="app-outbox" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">{t("outbox-heading")}</h2>
      <ul className="usa-list usa-list--unstyled app-outbox__list">
        {items.map((item) => (
          <OutboxEntry key={item.id} item={item} onRetry={onRetry} />
        ))}
      </ul>
    </section>
  );
}
