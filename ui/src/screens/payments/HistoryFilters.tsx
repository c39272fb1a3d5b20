import type { PaymentSource } from "../../bindings/agency/PaymentSource";
import { useText } from "../../l10n/useText";
import { isFiltered, isPaymentSource, NO_FILTERS, PAYMENT_SOURCES, type PaymentFilters } from "./filters";

interface HistoryFiltersProps {
  filters: PaymentFilters;
  onChange(filters: PaymentFilters): void;
}

/** Dates, source and words that narrow the payment history. */
export function HistoryFilters({ filters, onChange }: HistoryFiltersProps) {
  const t = useText();
  const set = (change: Partial<PaymentFilters>) => onChange({ ...filters, ...change });
  const source = (value: string): PaymentSource | "" => (isPaymentSource(value) ? value : "");
  return (
    <form className="app-history__filters" role="search" aria-labelledby="payments-filters-legend" noValidate onSubmit={(event) => event.preventDefault()}>
      <fieldset className="usa-fieldset">
        <legend id="payments-filters-legend" className="usa-legend">
          {t("payments-filters")}
        </legend>
        <div className="grid-row grid-gap-2">
          <div className="usa-form-group tablet:grid-col-3">
            <label className="usa-label" htmlFor="payments-from">
              {t("payments-from")}
            </label>
            <input className="usa-input" id="payments-from" name="payments-from" type="date" value={filters.from} onChange={(event) => set({ from: event.target.value })} />
          </div>
          <div className="usa-form-group tablet:grid-col-3">
            <label className="usa-label" htmlFor="payments-to">
              {t("payments-to")}
            </label>
            <input className="usa-input" id="payments-to" name="payments-to" type="date" value={filters.to} onChange={(event) => set({ to: event.target.value })} />
          </div>
          <div className="usa-form-group tablet:grid-col-6">
            <label className="usa-label" htmlFor="payments-source">
              {t("payments-source")}
            </label>
            <select className="usa-select" id="payments-source" name="payments-source" value={filters.source} onChange={(event) => set({ source: source(event.target.value) })}>
              <option value="">{t("payments-source-all")}</option>
              {PAYMENT_SOURCES.map((code) => (
                <option key={code} value={code}>
                  {t(`payment-source-${code}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="usa-form-group">
          <label className="usa-label" htmlFor="payments-search">
            {t("payments-search")}
          </label>
          <div className="usa-hint" id="payments-search-hint">
            {t("payments-search-hint")}
          </div>
          <input
            className="usa-input app-history__search"
            id="payments-search"
            name="payments-search"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="payments-search-hint"
            value={filters.search}
            onChange={(event) => set({ search: event.target.value })}
          />
        </div>
        {isFiltered(filters) && (
          <button type="button" className="usa-button usa-button--unstyled app-history__clear" id="payments-clear-filters" onClick={() => onChange(NO_FILTERS)}>
            {t("payments-clear-filters")}
          </button>
        )}
      </fieldset>
    </form>
  );
}
